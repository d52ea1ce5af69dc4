package rustle.interp.std;

import rustle.ast.Span;
import rustle.interp.rt.Machine;

/**
 * {@code std::env::Args}' access to the program's command-line arguments ({@code Machine.args}), and
 * {@code std::env::var}'s to the environment rustle runs in (as the compiled program would see it).
 */
final class EnvIntrinsics {
  private EnvIntrinsics() {}

  /** The &str argument 0: a variable's name (with a NUL or `=`, which std rejects, it is never found). */
  private static String key(Machine m, int fp, Intrinsics.Args a) {
    int fat = a.at(fp, 0);
    String k = new String(m.mem.read((int) m.mem.getLong(fat), (int) m.mem.getLong(fat + 8)), java.nio.charset.StandardCharsets.UTF_8);
    return k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\0') >= 0 ? "\0" : k;
  }

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
      case "__var_present":
        return new Intrinsics.Impl() {
          @Override
          public long callLong(Machine m, int fp, Span span) {
            return System.getenv(key(m, fp, a)) != null ? 1 : 0;
          }
        };
      case "__var":
        return new Intrinsics.Impl() {
          @Override
          public void callInto(Machine m, int fp, int dst, Span span) {
            String v = System.getenv(key(m, fp, a));
            StrIntrinsics.newString(m, dst, v == null ? "" : v, span);
          }
        };
      default:
        throw new IllegalStateException("Args::" + name);
    }
  }
}
