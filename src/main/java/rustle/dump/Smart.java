package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.ArrayList;
import java.util.List;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Prim;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/**
 * Rc, Weak, RefCell, Cell, Ref and RefMut as a dump reads them from memory (layouts in
 * {@link SmartPtrs}): their Debug notation as std prints it, the pointers they hold, their layout
 * fields, and the contents of an Rc's heap block (std 1.95 calls it {@code RcInner}: strong, weak, value).
 */
final class Smart {
  private Smart() {}

  static boolean handles(AdtDef.Builtin b) {
    return switch (b) {
      case RC, WEAK, REF_CELL, CELL, REF, REF_MUT -> true;
      default -> false;
    };
  }

  /** Where the value of the RcInner an Rc of type rc points to starts, from the block's start. */
  static int valueOffset(Decoder d, Ty rc) {
    return SmartPtrs.rcValueOffset(d.layouts.of(Infer.shallow(Decoder.adtArg(rc))));
  }

  /** The address an Rc or Weak at a holds (a Weak::new() holds usize::MAX: no block at all). */
  static long target(Memory m, int a) {
    return m.getLong(a);
  }

  /** std's Debug: Rc, Ref and RefMut show their value, Weak is {@code (Weak)}, cells are structs. */
  static void show(Decoder d, StringBuilder sb, Ty.Adt ad, int a, int depth) {
    Ty in = Infer.shallow(Decoder.adtArg(ad));
    Memory m = d.mem;
    switch (ad.def().builtin) {
      case RC -> d.show(sb, in, (int) m.getLong(a) + valueOffset(d, ad), depth + 1);
      case REF, REF_MUT -> d.show(sb, in, (int) m.getLong(a + SmartPtrs.REF_VALUE), depth + 1);
      case WEAK -> sb.append("(Weak)");
      case REF_CELL -> {
        int[] offs = d.layouts.of(ad).offsets;
        sb.append("RefCell { value: ");
        // std's Debug cannot read a value that is mutably borrowed (try_borrow fails).
        if (m.getLong(a + offs[0]) < 0) sb.append("<borrowed>");
        else d.show(sb, in, a + offs[1], depth + 1);
        sb.append(" }");
      }
      case CELL -> {
        sb.append("Cell { value: ");
        d.show(sb, in, a, depth + 1);
        sb.append(" }");
      }
      default -> throw new IllegalArgumentException(ad.def().name);
    }
  }

  /**
   * Reports the pointers the value holds: an Rc owns its block jointly with the other Rcs to it (what
   * the block holds is walked once, from its first owner), a Weak only keeps the block, Ref and RefMut
   * borrow the cell's value and flag; a cell's value is walked as {@code path.value}.
   */
  static void walk(Decoder d, Ty.Adt ad, int a, String path, Decoder.Walker w, int depth) {
    Ty in = Infer.shallow(Decoder.adtArg(ad));
    Memory m = d.mem;
    switch (ad.def().builtin) {
      case RC -> {
        int p = (int) m.getLong(a);
        if (w.owned(a, p, path, ad, a) && m.getLong(p + SmartPtrs.STRONG) > 0) {
          d.walk(in, p + valueOffset(d, ad), "(*" + path + ")", w, depth + 1);
        }
      }
      case WEAK -> {
        if (target(m, a) != SmartPtrs.DANGLING) w.weak(a, (int) m.getLong(a), path, ad);
      }
      case REF, REF_MUT -> {
        w.ref(a + SmartPtrs.REF_VALUE, (int) m.getLong(a + SmartPtrs.REF_VALUE), path, in, -1);
        w.ref(a + SmartPtrs.REF_FLAG, (int) m.getLong(a + SmartPtrs.REF_FLAG), path + ".borrow", Prim.ISIZE, -1);
      }
      case REF_CELL -> d.walk(in, a + d.layouts.of(ad).offsets[1], path + ".value", w, depth + 1);
      case CELL -> d.walk(in, a, path + ".value", w, depth + 1);
      default -> { }
    }
  }

  /** A RefCell's borrow flag in words: 0 is free, n > 0 counts the live Refs, -1 is one RefMut. */
  static String borrowState(long flag) {
    if (flag == 0) return "0 (not borrowed)";
    if (flag > 0) return flag + " (" + flag + (flag == 1 ? " Ref" : " Refs") + " alive)";
    return flag + " (a RefMut is alive: borrowed mutably)";
  }

  /** The layout fields of a smart pointer or cell at a, for a local's or a block's field list. */
  static List<Snapshot.Field> fields(Decoder d, Ty.Adt ad, int a) {
    Ty in = Infer.shallow(Decoder.adtArg(ad));
    Memory m = d.mem;
    List<Snapshot.Field> out = new ArrayList<>();
    switch (ad.def().builtin) {
      case RC -> out.add(new Snapshot.Field("ptr", 0, 8, addr(m.getLong(a))));
      case WEAK -> out.add(new Snapshot.Field("ptr", 0, 8, target(m, a) == SmartPtrs.DANGLING
          ? "usize::MAX (Weak::new(): no allocation)" : addr(m.getLong(a))));
      case REF, REF_MUT -> {
        out.add(new Snapshot.Field("value", SmartPtrs.REF_VALUE, 8, addr(m.getLong(a + SmartPtrs.REF_VALUE))));
        out.add(new Snapshot.Field("borrow", SmartPtrs.REF_FLAG, 8, addr(m.getLong(a + SmartPtrs.REF_FLAG))));
      }
      case REF_CELL -> {
        Layout l = d.layouts.of(ad);
        Locals.struct(d, List.of(Prim.ISIZE, in), List.of("borrow", "value"), l, a, out);
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).name().equals("borrow")) {
            out.set(i, new Snapshot.Field("borrow", l.offsets[0], 8, borrowState(m.getLong(a + l.offsets[0]))));
          }
        }
      }
      case CELL -> Locals.struct(d, List.of(in), List.of("value"), d.layouts.of(ad), a, out);
      default -> { }
    }
    return out;
  }

  /**
   * The contents of the RcInner block at a that an Rc or Weak of type owner points to: its counts,
   * and its value unless the last Rc has dropped it (the bytes left then are stale).
   */
  static Snapshot.Contents rcInner(Decoder d, Ty owner, int a) {
    Ty in = Infer.shallow(Decoder.adtArg(owner));
    Memory m = d.mem;
    long strong = m.getLong(a + SmartPtrs.STRONG);
    long weak = m.getLong(a + SmartPtrs.WEAK);
    int off = valueOffset(d, owner);
    List<Snapshot.Field> fields = new ArrayList<>();
    fields.add(new Snapshot.Field("strong", SmartPtrs.STRONG, 8, Long.toString(strong)));
    long weaks = strong > 0 ? weak - 1 : weak;
    fields.add(new Snapshot.Field("weak", SmartPtrs.WEAK, 8, weak + " (" + weaks + (weaks == 1 ? " Weak" : " Weaks")
        + (strong > 0 ? " + 1 held by the Rcs)" : ")")));
    if (off > 16) fields.add(new Snapshot.Field("(padding)", 16, off - 16, ""));
    String value;
    if (strong > 0) {
      value = d.show(in, a + off);
      List<Snapshot.Field> inner = Locals.fields(d, in, a + off);
      if (inner.isEmpty()) {
        fields.add(new Snapshot.Field("value", off, d.layouts.size(in), value));
      } else {
        for (Snapshot.Field f : inner) {
          String name = f.name().equals("(padding)") ? f.name() : "value." + f.name();
          fields.add(new Snapshot.Field(name, off + f.offset(), f.size(), f.value()));
        }
      }
    } else {
      value = "<dropped: the strong count is 0>";
    }
    return Snapshot.Contents.rc(Reader.typeName(in), value, strong, weak, fields);
  }

  /** The type of an Rc's heap block, named as std 1.95 names it. */
  static String rcInnerType(Ty owner) {
    return "RcInner<" + Reader.typeName(Infer.shallow(Decoder.adtArg(owner))) + ">";
  }
}
