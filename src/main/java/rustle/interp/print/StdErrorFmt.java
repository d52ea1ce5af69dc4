package rustle.interp.print;

import rustle.fmt.DebugBuilder;
import rustle.fmt.Fmt;
import rustle.interp.FnCompiler;
import rustle.interp.nodes.EnumAccess;
import rustle.interp.rt.Machine;
import rustle.types.Layout;
import rustle.types.Ty;

/**
 * Display and Debug of std's error types rustle has: the prelude's ParseIntError, whose kind also
 * stands for ParseFloatError, ParseBoolError and ParseCharError (interp.std.StrParse), prints as
 * std's type for its kind.
 */
final class StdErrorFmt {
  private StdErrorFmt() {}

  /** By kind index (the prelude's IntErrorKind order): std's message. */
  private static final String[] MESSAGES = {
    "cannot parse integer from empty string",
    "invalid digit found in string",
    "number too large to fit in target type",
    "number too small to fit in target type",
    "number would be zero for non-zero type",
    "cannot parse float from empty string",
    "invalid float literal",
    "provided string was not `true` or `false`",
    "cannot parse char from empty string",
    "too many characters in string",
  };

  /** By kind index: std's error type, and the Debug of its kind field (null: a unit struct). */
  private static final String[][] DEBUG = {
    {"ParseIntError", "Empty"}, {"ParseIntError", "InvalidDigit"}, {"ParseIntError", "PosOverflow"},
    {"ParseIntError", "NegOverflow"}, {"ParseIntError", "Zero"},
    {"ParseFloatError", "Empty"}, {"ParseFloatError", "Invalid"},
    {"ParseBoolError", null},
    {"ParseCharError", "EmptyString"}, {"ParseCharError", "TooManyChars"},
  };

  /** The Display of a, or null when a is not one of std's error types. */
  static ValueFmt display(FnCompiler f, Ty.Adt a) {
    return of(f, a, false);
  }

  /** The Debug of a, or null when a is not one of std's error types. */
  static ValueFmt debug(FnCompiler f, Ty.Adt a) {
    return of(f, a, true);
  }

  private static ValueFmt of(FnCompiler f, Ty.Adt a, boolean debug) {
    if (!a.def().name.equals("ParseIntError") || a.def().isEnum || !a.def().fromPrelude) return null;
    Ty kind = a.def().variants.get(0).fields().get(0).ty();
    Layout kl = f.layout(kind);
    EnumAccess acc = new EnumAccess(kl);
    int off = f.layout(a).offsets[0];
    if (!debug) {
      return new ValueFmt() {
        @Override
        public void write(Machine m, int addr, Ctx c) {
          Fmt.formatStr(c.sb, MESSAGES[acc.variant(m.mem, addr + off)], c.spec, c.width, c.precision);
        }
      };
    }
    return new ValueFmt() {
      @Override
      public void write(Machine m, int addr, Ctx c) {
        String[] d = DEBUG[acc.variant(m.mem, addr + off)];
        if (d[1] == null) {
          c.sb.append(d[0]);
          return;
        }
        DebugBuilder b = c.debug();
        b.beginStruct(d[0]);
        b.field("kind");
        c.sb.append(d[1]);
        b.end();
      }
    };
  }
}
