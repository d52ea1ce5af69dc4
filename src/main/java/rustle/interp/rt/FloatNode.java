package rustle.interp.rt;

/** A node whose value is an f64 or f32 (held as a double, rounded to float for f32). */
public abstract class FloatNode extends Node {
  public final boolean f32;

  public FloatNode(boolean f32) {
    this.f32 = f32;
  }

  @Override
  public abstract double evalDouble(Machine m, int fp);

  @Override
  public void evalInto(Machine m, int fp, int dst) {
    double v = evalDouble(m, fp);
    if (f32) m.mem.putFloat(dst, (float) v);
    else m.mem.putDouble(dst, v);
  }

  @Override
  public int exec(Machine m, int fp) {
    evalDouble(m, fp);
    return NORMAL;
  }
}
