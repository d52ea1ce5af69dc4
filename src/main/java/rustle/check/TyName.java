package rustle.check;

import rustle.types.Ty;
import rustle.types.TyPrinter;

/** The name a type contributes to a path such as {@code Vec::push} or {@code <[T]>::len}. */
final class TyName {
  private TyName() {}

  static String of(Ty t) {
    if (t instanceof Ty.Adt a) return rustle.syntax.BlockItemNames.display(a.def().name);
    if (t instanceof Ty.Slice) return "[T]";
    return TyPrinter.show(t);
  }
}
