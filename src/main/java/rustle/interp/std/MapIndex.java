package rustle.interp.std;

import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.interp.FnCompiler;
import rustle.interp.rt.Machine;
import rustle.interp.rt.MemNode;
import rustle.interp.rt.Place;
import rustle.interp.rt.RustPanic;
import rustle.types.Infer;
import rustle.types.Ty;

/** {@code map[&key]}: the address of the key's value, or std's panic {@code no entry found for key}. */
public final class MapIndex extends Place {
  private final Place map;
  private final MemNode key;
  private final int keyOff;
  private final RawTable t;
  private final KeyHash.Enc q;
  private final Span span;

  private MapIndex(Place map, MemNode key, int keyOff, RawTable t, KeyHash.Enc q, Span span) {
    this.map = map;
    this.key = key;
    this.keyOff = keyOff;
    this.t = t;
    this.q = q;
    this.span = span;
  }

  public static Place of(FnCompiler f, Place map, Ty.Adt mapTy, Expr index, Span span) {
    Ty keyTy = Infer.shallow(f.ty(index));
    RawTable t = Tables.table(f, mapTy.args().get(0), mapTy.args().get(1));
    // The index is a reference (&Q); its hash stream is the referent's.
    KeyHash.Enc q = new KeyHash(f.layouts).of(keyTy);
    return new MapIndex(map, f.exprs.memVal(index), f.temp(keyTy), t, q, span);
  }

  @Override
  public int addr(Machine m, int fp) {
    int h = map.addr(m, fp);
    key.evalInto(m, fp, fp + keyOff);
    long i = t.find(m.mem, h, q, fp + keyOff);
    if (i < 0) throw new RustPanic("no entry found for key", span);
    return t.bucket(RawTable.ctrl(m.mem, h), i) + t.valOff;
  }
}
