package rustle.dump;

import static rustle.dump.Snapshot.addr;

import java.util.List;
import rustle.interp.observe.FrameMap;
import rustle.memory.HeapTypes;
import rustle.memory.Memory;
import rustle.types.AdtDef;
import rustle.types.Infer;
import rustle.types.Layout;
import rustle.types.Layouts;
import rustle.types.Prim;
import rustle.types.SmartPtrs;
import rustle.types.Ty;

/**
 * Evaluates a place expression the way the debugger's {@code print} reads it: a local of the innermost
 * frame, then {@code *}, {@code .field}, {@code .0}, {@code [i]}, {@code .len()} and
 * {@code .capacity()}, with Rust's auto-deref through references, boxes, Rc, Ref and RefMut for
 * fields, indexes and methods. Everything is read from the simulated memory; a bad place is an
 * {@link IllegalArgumentException} whose message is meant for the user.
 */
final class Places {
  private final Decoder dec;
  private final Memory mem;
  private final Snapshot snap;
  private final Frames frames;
  private String text;
  private int at;

  Places(Decoder dec, Memory mem, Snapshot snap, Frames frames) {
    this.dec = dec;
    this.mem = mem;
    this.snap = snap;
    this.frames = frames;
  }

  /** A value: its type and address; for str and slices, len elements at address; shown by showTy at showAt. */
  private record Val(String expr, Ty ty, int address, long len, Ty showTy, int showAt, String computed) {
    static Val at(String expr, Ty ty, int a) {
      return new Val(expr, ty, a, -1, ty, a, null);
    }
  }

  Inspector.Place eval(String expr) {
    text = expr.strip();
    at = 0;
    if (text.isEmpty()) throw new IllegalArgumentException("print what? (a place like v, *r, v[1], p.name, s.len())");
    Val v = unary();
    skip();
    if (at < text.length()) throw new IllegalArgumentException("cannot read `" + text + "` from `" + text.substring(at) + "` on");
    return report(v);
  }

  private void skip() {
    while (at < text.length() && text.charAt(at) == ' ') at++;
  }

  private boolean eat(String s) {
    skip();
    if (text.startsWith(s, at)) {
      at += s.length();
      return true;
    }
    return false;
  }

  private String word() {
    skip();
    int from = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) at++;
    if (from == at) throw new IllegalArgumentException("expected a name in `" + text + "` at column " + (from + 1));
    return text.substring(from, at);
  }

  private Val unary() {
    if (eat("*")) {
      Val v = unary();
      return deref(v, "*" + v.expr(), true);
    }
    return postfix();
  }

  private Val postfix() {
    Val v;
    if (eat("(")) {
      v = unary();
      if (!eat(")")) throw new IllegalArgumentException("missing `)` in `" + text + "`");
      v = new Val("(" + v.expr() + ")", v.ty(), v.address(), v.len(), v.showTy(), v.showAt(), v.computed());
    } else {
      v = local(word());
    }
    while (true) {
      if (eat("[")) {
        String n = word();
        if (!eat("]")) throw new IllegalArgumentException("missing `]` in `" + text + "`");
        v = index(v, parseIndex(n));
      } else if (eat(".")) {
        String name = word();
        if (eat("(")) {
          if (!eat(")")) throw new IllegalArgumentException("only methods without arguments: len(), capacity()");
          v = method(v, name);
        } else {
          v = field(v, name);
        }
      } else {
        return v;
      }
    }
  }

  private static long parseIndex(String n) {
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("an index must be a number, not `" + n + "`");
    }
  }

  private Val local(String name) {
    if (snap.frames().isEmpty()) throw new IllegalArgumentException("no frame");
    int f = snap.frames().size() - 1;
    Snapshot.Frame fr = snap.frames().get(f);
    int fp = (int) Long.parseLong(fr.address().substring(2), 16);
    FrameMap map = null;
    for (int i = frames.entries.size() - 1; i >= 0; i--) {
      if (frames.entries.get(i).fp() == fp && !frames.entries.get(i).map().intrinsic) {
        map = frames.entries.get(i).map();
        break;
      }
    }
    Snapshot.Local found = null;
    for (Snapshot.Local l : fr.locals()) if (!l.hidden() && l.name().equals(name)) found = l;
    if (found == null || map == null) {
      throw new IllegalArgumentException("no local `" + name + "` in scope in " + fr.function() + " at line " + fr.line());
    }
    if (!found.state().equals("live") && !found.state().equals("partially-moved")) {
      throw new IllegalArgumentException("`" + name + "` holds no value here: it is " + found.state()
          + (found.state().equals("moved") ? " (moved out)" : " (not yet assigned)"));
    }
    int a = (int) Long.parseLong(found.address().substring(2), 16);
    for (FrameMap.Slot s : map.slots) {
      if (s.name().equals(name) && fp + s.offset() == a) return Val.at(name, Infer.shallow(s.ty()), a);
    }
    throw new IllegalArgumentException("no local `" + name + "` in scope");
  }

  private Val deref(Val v, String expr, boolean explicit) {
    Ty t = v.ty();
    if (v.computed() != null) throw new IllegalArgumentException("cannot dereference `" + v.expr() + "`: it is not a place");
    if (t instanceof Ty.Ref r) {
      Ty in = Infer.shallow(r.inner());
      int p = (int) mem.getLong(v.address());
      if (in == Prim.STR || in instanceof Ty.Slice) return new Val(expr, in, p, mem.getLong(v.address() + 8), t, v.address(), null);
      return Val.at(expr, in, p);
    }
    AdtDef.Builtin b = Decoder.builtin(t);
    if (b == AdtDef.Builtin.BOX) return Val.at(expr, Infer.shallow(Decoder.adtArg(t)), (int) mem.getLong(v.address()));
    // std's Deref: an Rc to the value in its block (after the counts), a Ref or RefMut to the cell's value.
    if (b == AdtDef.Builtin.RC) {
      return Val.at(expr, Infer.shallow(Decoder.adtArg(t)), (int) mem.getLong(v.address()) + Smart.valueOffset(dec, t));
    }
    if (b == AdtDef.Builtin.REF || b == AdtDef.Builtin.REF_MUT) {
      return Val.at(expr, Infer.shallow(Decoder.adtArg(t)), (int) mem.getLong(v.address() + SmartPtrs.REF_VALUE));
    }
    if (explicit && (b == AdtDef.Builtin.STRING || b == AdtDef.Builtin.VEC)) {
      Ty in = b == AdtDef.Builtin.STRING ? Prim.STR : new Ty.Slice(Decoder.adtArg(t));
      return new Val(expr, in, HeapTypes.ptr(mem, v.address()), HeapTypes.len(mem, v.address()), t, v.address(), null);
    }
    throw new IllegalArgumentException("`" + v.expr() + "` of type " + Reader.typeName(t) + " cannot be dereferenced");
  }

  /** Rust's auto-deref for `.` and `[]`: through references, boxes, Rc, Ref and RefMut. */
  private Val autoDeref(Val v) {
    while (v.ty() instanceof Ty.Ref || SmartPtrs.derefTarget(v.ty()) != null) v = deref(v, v.expr(), false);
    return v;
  }

  private Val field(Val v, String name) {
    v = autoDeref(v);
    String expr = v.expr() + "." + name;
    Ty t = v.ty();
    if (t instanceof Ty.Tuple tu && name.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(name);
      if (i >= tu.elems().size()) throw new IllegalArgumentException("no field `" + name + "` on type " + Reader.typeName(t));
      return Val.at(expr, Infer.shallow(tu.elems().get(i)), v.address() + dec.layouts.of(t).offsets[i]);
    }
    if (t instanceof Ty.Adt ad && !ad.def().isEnum && ad.def().builtin == AdtDef.Builtin.NONE) {
      AdtDef.VariantDef vd = ad.def().variants.get(0);
      List<Ty> fts = Layouts.fieldTypes(ad, vd);
      Layout l = dec.layouts.of(t);
      for (int i = 0; i < vd.fields().size(); i++) {
        if (vd.fields().get(i).name().equals(name)) return Val.at(expr, Infer.shallow(fts.get(i)), v.address() + l.offsets[i]);
      }
    }
    throw new IllegalArgumentException("no field `" + name + "` on type " + Reader.typeName(t));
  }

  private Val index(Val v, long i) {
    v = autoDeref(v);
    String expr = v.expr() + "[" + i + "]";
    Ty t = v.ty();
    Ty elem;
    int base;
    long len;
    if (Decoder.builtin(t) == AdtDef.Builtin.VEC) {
      elem = Infer.shallow(Decoder.adtArg(t));
      base = HeapTypes.ptr(mem, v.address());
      len = HeapTypes.len(mem, v.address());
    } else if (t instanceof Ty.Array ar) {
      elem = Infer.shallow(ar.elem());
      base = v.address();
      len = ar.len();
    } else if (t instanceof Ty.Slice s) {
      elem = Infer.shallow(s.elem());
      base = v.address();
      len = v.len();
    } else {
      throw new IllegalArgumentException("cannot index into a value of type " + Reader.typeName(t));
    }
    if (i < 0 || i >= len) throw new IllegalArgumentException("index out of bounds: the len is " + len + " but the index is " + i);
    return Val.at(expr, elem, base + (int) i * dec.layouts.size(elem));
  }

  private Val method(Val v, String name) {
    v = autoDeref(v);
    String expr = v.expr() + "." + name + "()";
    Ty t = v.ty();
    AdtDef.Builtin b = Decoder.builtin(t);
    boolean heap = b == AdtDef.Builtin.STRING || b == AdtDef.Builtin.VEC;
    long n;
    if (name.equals("len") && heap) n = HeapTypes.len(mem, v.address());
    else if (name.equals("capacity") && heap) n = HeapTypes.cap(mem, v.address());
    else if (name.equals("len") && v.len() >= 0) n = v.len();
    else if (name.equals("len") && t instanceof Ty.Array ar) n = ar.len();
    else throw new IllegalArgumentException("print knows len() and capacity() of String, Vec, str and slices, not " + Reader.typeName(t) + "::" + name + "()");
    return new Val(expr, Prim.USIZE, -1, -1, Prim.USIZE, -1, Long.toUnsignedString(n));
  }

  private Inspector.Place report(Val v) {
    String type = Reader.typeName(v.ty());
    if (v.computed() != null) return new Inspector.Place(v.expr(), v.ty(), -1, 0, v.expr() + ": " + type + " = " + v.computed() + "\n");
    int size = v.len() >= 0 ? (int) (v.len() * (v.ty() == Prim.STR ? 1 : dec.layouts.size(((Ty.Slice) v.ty()).elem())))
        : dec.layouts.size(v.ty());
    // An unsized place (str, [T]) is shown through the pointer or the String/Vec that holds it.
    String value = dec.show(v.showTy(), v.showAt());
    StringBuilder sb = new StringBuilder();
    sb.append(v.expr()).append(": ").append(type).append(" = ").append(value).append('\n');
    sb.append("  at ").append(addr(v.address())).append(" (").append(where(v.address())).append("), ").append(size)
        .append(size == 1 ? " byte" : " bytes");
    String hex = Locals.hex(mem, v.address(), Math.min(size, 32));
    if (!hex.isEmpty()) sb.append(": ").append(hex).append(size > 32 ? " .." : "");
    sb.append('\n');
    int to = pointee(v);
    if (to != Integer.MIN_VALUE) sb.append("  points to ").append(addr(to)).append(" (").append(where(to)).append(")\n");
    return new Inspector.Place(v.expr(), v.ty(), v.address(), size, sb.toString());
  }

  /** Where a pointer stored in v points, or MIN_VALUE when v holds no pointer. */
  private int pointee(Val v) {
    Ty t = v.ty();
    AdtDef.Builtin b = Decoder.builtin(t);
    if (t instanceof Ty.Ref || b == AdtDef.Builtin.BOX || b == AdtDef.Builtin.RC || t instanceof Ty.FnPtr) {
      return (int) mem.getLong(v.address());
    }
    if (b == AdtDef.Builtin.WEAK && Smart.target(mem, v.address()) != SmartPtrs.DANGLING) return (int) mem.getLong(v.address());
    if (b == AdtDef.Builtin.REF || b == AdtDef.Builtin.REF_MUT) return (int) mem.getLong(v.address() + SmartPtrs.REF_VALUE);
    if (b == AdtDef.Builtin.STRING || b == AdtDef.Builtin.VEC) return HeapTypes.ptr(mem, v.address());
    return Integer.MIN_VALUE;
  }

  /** What lives at address a, in the words of the text dump. */
  private String where(int a) {
    switch (mem.regionOf(a)) {
      case NULL:
        return "null";
      case STATIC:
        return "static data";
      case HEAP:
        for (Snapshot.Block b : snap.heap()) {
          int start = (int) Long.parseLong(b.address().substring(2), 16);
          if (a >= start && a < start + Math.max(1, b.size()) || a == start) {
            return "heap block " + b.address() + (a != start ? " + " + (a - start) : "") + ", " + b.size() + " bytes";
          }
        }
        return "no live heap block: DANGLING";
      case STACK:
        for (int f = 0; f < snap.frames().size(); f++) {
          for (Snapshot.Local l : snap.frames().get(f).locals()) {
            int start = (int) Long.parseLong(l.address().substring(2), 16);
            if (a >= start && a < start + Math.max(1, l.size())) {
              return l.name() + (a != start ? " + " + (a - start) : "") + " in #" + f + " " + snap.frames().get(f).function();
            }
          }
        }
        return "stack";
      default:
        return "unmapped: DANGLING";
    }
  }
}
