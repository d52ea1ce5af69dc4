package rustle.interp.print;

import rustle.fmt.Fmt;
import rustle.fmt.FormatSpec;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.types.Infer;
import rustle.types.Ty;

/**
 * {@code {:p}} of a fat pointer, as std 1.95 prints it: the address and the metadata, the length of a
 * slice or {@code str} and the vtable's address of a trait object
 * ({@code Pointer { addr: 0x8fffe8, metadata: DynMetadata(0x1008) }}).
 */
public final class PointerFmts {
  private PointerFmts() {}

  /** The formatter of {@code {:p}} for a value of type t. */
  public static ValueFmt of(Ty t) {
    t = Infer.shallow(t);
    if (Kind.of(t) != null || !(t instanceof Ty.Ref || t instanceof Ty.Adt)) return Fmts.POINTER;
    Ty inner = Infer.shallow(t instanceof Ty.Ref r ? r.inner() : ((Ty.Adt) t).args().get(0));
    if (inner instanceof Ty.Dyn) return DYN;
    return inner instanceof Ty.Slice || inner == rustle.types.Prim.STR ? SLICE : Fmts.POINTER;
  }

  private static final FormatSpec PLAIN = FormatSpec.plain(FormatSpec.Trait.POINTER);

  private static void head(Machine m, int addr, ValueFmt.Ctx c) {
    c.sb.append("Pointer { addr: ");
    Fmt.formatPointer(c.sb, m.mem.getLong(addr), PLAIN, -1);
    c.sb.append(", metadata: ");
  }

  static final ValueFmt DYN = new ValueFmt() {
    @Override
    public void write(Machine m, int addr, Ctx c) {
      head(m, addr, c);
      c.sb.append("DynMetadata(");
      Fmt.formatPointer(c.sb, m.mem.getLong(addr + 8), PLAIN, -1);
      c.sb.append(") }");
    }
  };

  /** A slice or str pointer: the address and the length. */
  static final ValueFmt SLICE = new ValueFmt() {
    @Override
    public void write(Machine m, int addr, Ctx c) {
      head(m, addr, c);
      c.sb.append(m.mem.getLong(addr + 8)).append(" }");
    }
  };
}
