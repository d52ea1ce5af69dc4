package rustle.check;

import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * The iterator adapters whose Debug rustle shows as std does, their fields named as std's (`StepBy { iter:
 * 0..10, step_minus_one: 2, first_take: true }`): Rev, StepBy, Enumerate, Skip and Take, Debug when the
 * iterator they hold is.
 */
final class IterDebug {
  private IterDebug() {}

  static boolean adapter(Ty.Adt a) {
    if (!a.def().fromPrelude) return false;
    switch (a.def().name) {
      case "Rev": case "StepBy": case "Enumerate": case "Skip": case "Take":
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether rustle's state is std's: std's StepBy over a range of an unsigned integer keeps a count
   * of the steps left in the range's end (SpecRangeSetup), which rustle does not.
   */
  static boolean shown(Ty.Adt a) {
    if (!a.def().name.equals("StepBy")) return true;
    Ty in = Infer.shallow(a.args().get(0));
    if (!(in instanceof Ty.Adt r) || !r.def().fromPrelude || !r.def().name.equals("Range")) return true;
    Ty b = Infer.shallow(r.args().get(0));
    return !(b == Prim.U8 || b == Prim.U16 || b == Prim.U32 || b == Prim.U64 || b == Prim.USIZE);
  }
}
