package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/** {@code std::env::Args}' access to the program's command-line arguments ({@code Machine.args}). */
final class EnvIntrinsics {
  private EnvIntrinsics() {}

  static Intrinsics.Impl of(String name, Intrinsics.Args a) {
    switch (name) {
      case "__count":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return m.args.size();
          }
        };
      case "__arg":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            long i = a.word(m, fp, 0);
            // Args asks only for indexes below __count; any other is an empty String, not a crash.
            StrIntrinsics.newString(m, dst, i >= 0 && i < m.args.size() ? m.args.get((int) i) : "", span);
          }
        };
      default:
        throw new IllegalStateException("Args::" + name);
    }
  }
}
