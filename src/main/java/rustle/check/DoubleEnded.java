package rustle.check;

import rustle.types.Infer;
import rustle.types.Prim;
import rustle.types.Ty;

/**
 * Whether {@code rev()} may be called on an iterator type: rustle runs it backwards (its stepper has
 * {@code next_back}), Rust rejects it (the type is not a {@code DoubleEndedIterator}: an open range, a
 * hash table's iterator, {@code take_while}, a program's own iterator, a split by a string), or Rust
 * accepts it but rustle cannot run it yet.
 */
final class DoubleEnded {
  private DoubleEnded() {}

  enum Answer { RUNS, NOT_IN_RUST, UNSUPPORTED }

  static Answer of(Ty t) {
    // A generic parameter bound by Iterator alone (rustle has no DoubleEndedIterator bounds).
    if (Infer.shallow(t) instanceof Ty.Param) return Answer.NOT_IN_RUST;
    if (!(Infer.shallow(t) instanceof Ty.Adt a)) return Answer.UNSUPPORTED;
    if (!a.def().fromPrelude) return Answer.NOT_IN_RUST;
    switch (a.def().name) {
      case "Range": case "RangeInclusive": case "Iter": case "IterMut": case "IntoIter": case "ArrayIntoIter":
      case "Chars": case "Bytes": case "CharIndices": case "SplitWhitespace": case "Lines":
        return Answer.RUNS;
      case "Rev": case "Map": case "Filter": case "Cloned": case "Copied": case "ByRef":
        return of(a.args().get(0));
      case "Chain": {
        Answer x = of(a.args().get(0));
        Answer y = of(a.args().get(1));
        return x != Answer.RUNS ? x : y;
      }
      case "RangeFrom": case "TakeWhile": case "SkipWhile": case "MapIter": case "MapIterMut": case "MapIntoIter":
      case "Keys": case "Values": case "ValuesMut": case "SetIter": case "SetIntoIter": case "SetOp":
        return Answer.NOT_IN_RUST;
      case "Split": {
        // std's char, chars and predicate searchers are double-ended; a string's is not.
        Ty pat = Infer.shallow(a.args().get(0));
        while (pat instanceof Ty.Ref r) pat = Infer.shallow(r.inner());
        boolean chars = pat == Prim.CHAR || pat instanceof Ty.Closure || pat instanceof Ty.FnDef
            || pat instanceof Ty.Array || pat instanceof Ty.Slice;
        return chars ? Answer.RUNS : Answer.NOT_IN_RUST;
      }
      case "Enumerate": {
        // std's Enumerate is double-ended over an ExactSizeIterator (the index counts back from its len).
        Answer in = of(a.args().get(0));
        if (in == Answer.RUNS && exactRuns(a.args().get(0))) return Answer.RUNS;
        return in == Answer.NOT_IN_RUST ? in : Answer.UNSUPPORTED;
      }
      case "FilterMap": case "Inspect": case "Peekable": case "FlatMap": case "Flatten":
      case "Skip": case "Take": case "StepBy": case "Zip": {
        Answer in = of(a.args().get(0));
        return in == Answer.NOT_IN_RUST ? in : Answer.UNSUPPORTED;
      }
      default:
        return Answer.UNSUPPORTED;
    }
  }

  /** Whether t is one of the double-ended iterators rustle runs that std makes ExactSizeIterator. */
  private static boolean exactRuns(Ty t) {
    if (!(Infer.shallow(t) instanceof Ty.Adt a)) return false;
    switch (a.def().name) {
      case "Iter": case "IterMut": case "IntoIter": case "ArrayIntoIter":
        return true;
      case "Range": {
        // Not for the 64-bit and 128-bit integers (no ExactSizeIterator there).
        Ty e = Infer.shallow(a.args().get(0));
        return e instanceof Infer || e instanceof Prim p && p.isInt() && p != Prim.I64 && p != Prim.U64
            && p != Prim.I128 && p != Prim.U128;
      }
      case "RangeInclusive": {
        Ty e = Infer.shallow(a.args().get(0));
        return e == Prim.U8 || e == Prim.I8 || e == Prim.U16 || e == Prim.I16;
      }
      case "Rev": case "Map": case "Cloned": case "Copied":
        return exactRuns(a.args().get(0));
      default:
        return false;
    }
  }
}
