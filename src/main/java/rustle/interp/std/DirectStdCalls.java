package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.FnCode;
import rustle.interp.rt.Node;

/**
 * The direct nodes of the hot String, Vec::len and HashMap methods (see {@link DirectCalls}, which asks here for
 * the paths it does not handle itself).
 */
final class DirectStdCalls {
  private DirectStdCalls() {}

  static Node of(FnCompiler f, FnCode code, Node[] args, Span span, Span panicAt) {
    switch (code.def.path()) {
      case "String::push_str":
        return DirectStrCalls.pushStr(args, span, panicAt);
      case "String::new":
        return new DirectStrCalls.StrNew();
      case "String::len":
      case "Vec::len":
        // A String and a Vec share the header (cap, ptr, len): the length is read from it in place.
        return new DirectStrCalls.StrLen(DirectStrCalls.ptr(args[0]));
      case "HashMap::get":
      case "HashMap::get_mut":
      case "HashMap::contains_key":
      case "HashMap::entry":
      case "Entry::or_insert":
        return DirectMapCalls.of(f, code, args, span, panicAt);
      default:
        return null;
    }
  }
}
