package rustle.interp.print;

import rustle.ast.Expr;
import rustle.fmt.FormatSpec;
import rustle.fmt.FormatString;
import rustle.fmt.Piece;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Kind;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Node;
import rustle.types.Ty;

/**
 * {@code dbg!}: evaluates its argument into a frame slot, writes {@code [file:line:col] expr = value}
 * with the value's pretty Debug ({@code {:#?}}) to stderr, then hands the value on (moved, as std's
 * {@code match $val { tmp => { eprintln!(..); tmp } }}); {@code dbg!()} writes only the location.
 */
public final class Dbg extends MemNode {
  private static final FormatSpec PRETTY = ((Piece.Placeholder) FormatString.parse("{:#?}").get(0)).spec();

  private final MemNode value;
  private final int tmp;
  private final Kind kind;
  private final ValueFmt fmt;
  private final String where;
  private final String text;

  private Dbg(MemNode value, int size, int tmp, Kind kind, ValueFmt fmt, String where, String text) {
    super(size);
    this.value = value;
    this.tmp = tmp;
    this.kind = kind;
    this.fmt = fmt;
    this.where = where;
    this.text = text;
  }

  public static Node compile(FnCompiler f, Expr.MacroCall m) {
    String where = ":" + m.span().line() + ":" + m.span().col() + "]";
    if (m.args().isEmpty()) return new Dbg(null, 0, 0, null, null, where, null);
    Expr a = m.args().get(0).value();
    Ty t = f.ty(a);
    int size = f.size(t);
    return new Dbg(f.exprs.memVal(a), size, f.temp(t), Kind.of(t), new Fmts(f).of(t, true), where,
        Printing.source(f, a).strip());
  }

  /** Evaluates the argument into its slot and prints it; returns the slot's address. */
  private int run(Machine m, int fp) {
    int at = fp + tmp;
    if (value != null) value.evalInto(m, fp, at);
    StringBuilder sb = new StringBuilder("[").append(m.path).append(where);
    if (value != null) {
      sb.append(' ').append(text).append(" = ");
      fmt.write(m, at, new ValueFmt.Ctx(sb, PRETTY, -1, -1));
    }
    sb.append('\n');
    m.out.flush();
    m.err.append(sb);
    m.err.flush();
    return at;
  }

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    int at = run(m, fp);
    if (size > 0) m.mem.copy(at, dst, size);
  }

  @Override
  public long evalLong(Machine m, int fp) {
    return kind.load(m.mem, run(m, fp));
  }

  @Override
  public double evalDouble(Machine m, int fp) {
    int at = run(m, fp);
    return kind == Kind.F32 ? m.mem.getFloat(at) : m.mem.getDouble(at);
  }
}
