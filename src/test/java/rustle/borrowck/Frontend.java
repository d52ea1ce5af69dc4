package rustle.borrowck;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import rustle.check.Checker;
import rustle.diag.Diagnostic;
import rustle.diag.Renderer;
import rustle.diag.SourceFile;
import rustle.syntax.ParseResult;
import rustle.syntax.Parser;

/** Runs the front end in process: parse (with the prelude), type check, then the borrow checker. */
final class Frontend {
  private static ParseResult prelude;

  private Frontend() {}

  private static synchronized ParseResult prelude() throws ReflectiveOperationException {
    if (prelude == null) {
      // The driver's prelude (prelude.rs plus the generated integer impls) is package-private there.
      Method file = Class.forName("rustle.driver.Prelude").getDeclaredMethod("file");
      file.setAccessible(true);
      prelude = Parser.parse((SourceFile) file.invoke(null), 0);
    }
    return prelude;
  }

  /** The borrow checker's diagnostics for a program that parses and type checks. */
  static List<Diagnostic> borrowck(String source) {
    try {
      ParseResult p = prelude();
      ParseResult user = Parser.parse(new SourceFile("main.rs", source), p.crate().nodeCount());
      assertWithMessage("parse errors").that(messages(user.errors())).isEmpty();
      Checker.Result c = Checker.check(p.crate(), user.crate());
      assertWithMessage("type errors").that(messages(c.errors())).isEmpty();
      return BorrowChecker.checkStrict(c.program(), user.crate());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The errors as "E0382@6": code and line of the primary span, as the conformance judge sees them. */
  static List<String> codes(String source) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : borrowck(source)) out.add(d.code() + "@" + d.primary().line());
    return out;
  }

  /** The errors rendered as rustc prints them, for file name main.rs. */
  static String render(String source) {
    return Renderer.renderAll(borrowck(source), new SourceFile("main.rs", source));
  }

  /** Each error rendered and followed by a blank line, as rustc prints them before its summary line. */
  static String renderEach(String source) {
    SourceFile f = new SourceFile("main.rs", source);
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : borrowck(source)) sb.append(Renderer.render(d, f)).append('\n');
    return sb.toString();
  }

  private static List<String> messages(List<Diagnostic> ds) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : ds) out.add(d.code() + " " + d.message() + " at " + d.primary().line());
    return out;
  }
}
