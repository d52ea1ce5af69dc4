package rustle.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Item;
import rustle.check.TraitDef;
import rustle.interp.drop.Dropper;
import rustle.interp.rt.CodeTable;
import rustle.interp.rt.FnCode;
import rustle.types.FnSig;
import rustle.types.Layout;
import rustle.types.Ty;
import rustle.types.TyPrinter;

/**
 * Builds vtables and code addresses as rustc lays them out: a vtable is static data of 8-byte words,
 * {@code drop_in_place::<T>} (0 when T needs no drop), {@code size_of::<T>()}, {@code align_of::<T>()},
 * then one function address per method of the trait in declaration order (supertraits' methods first;
 * 0 for a method that cannot be called on the object). One vtable per (concrete type, trait).
 */
final class Vtables {
  private final Compiler c;
  final CodeTable table = new CodeTable();
  private final Map<FnCode, Integer> fnAddrs = new HashMap<>();
  private final Map<Ty, Integer> dropAddrs = new HashMap<>();
  private final Map<List<Ty>, Integer> vtables = new HashMap<>();
  /** The concrete type of each vtable built, by address (for dumps). */
  final Map<Integer, Ty> types = new HashMap<>();

  Vtables(Compiler c) {
    this.c = c;
  }

  /** The code address of a function instance (takesEnv for trait methods and closures). */
  int fnAddr(FnCode code, boolean takesEnv) {
    Integer a = fnAddrs.get(code);
    if (a == null) {
      a = table.add(new CodeTable.Entry(code, takesEnv, null, code.name));
      fnAddrs.put(code, a);
      // Called through its address from anywhere, as a Drop impl is from drop glue: if it can reach a
      // stop point, an observed run wraps every call (see Reach.decide).
      if (c.reach != null) c.reach.drop(code);
    }
    return a;
  }

  private long dropAddr(Ty t) {
    Dropper d = c.drops.of(t);
    if (d == null) return 0;
    Integer a = dropAddrs.get(t);
    if (a == null) {
      a = table.add(new CodeTable.Entry(null, false, d, "drop_in_place::<" + TyPrinter.show(t) + ">"));
      dropAddrs.put(t, a);
    }
    return a;
  }

  /** The vtable of concrete type t for trait object type d; f compiles the closures it names. */
  int of(FnCompiler f, Ty t, Ty.Dyn d) {
    List<Ty> key = List.of(t, d);
    Integer known = vtables.get(key);
    if (known != null) return known;
    List<Long> words = new ArrayList<>();
    Layout l = c.layouts.of(t);
    words.add(dropAddr(t));
    words.add((long) l.size);
    words.add((long) l.align);
    if (d.isFnTrait()) {
      int n = fnSlots(d);
      long addr = fnTraitCode(f, t);
      for (int i = 0; i < n; i++) words.add(addr);
      // After a call through `Box<dyn FnOnce>`, what the call left in the box is dropped before the box
      // is freed: nothing when the closure's call took its captures (or for a fn), else the closure.
      if (n == 1) words.add(consumesOnCall(t) ? 0L : dropAddr(t));
    } else {
      for (FnSig.Def m : methods(d)) words.add(methodAddr(m, t, d));
    }
    int at = c.mem.allocStatic(8 * words.size(), 8);
    for (int i = 0; i < words.size(); i++) c.mem.putLong(at + 8 * i, words.get(i));
    vtables.put(key, at);
    types.put(at, t);
    return at;
  }

  /** call_once, then call_mut (FnMut, Fn), then call (Fn): the closure traits' vtable entries. */
  static int fnSlots(Ty.Dyn d) {
    switch (d.trait()) {
      case "FnOnce": return 1;
      case "FnMut": return 2;
      default: return 3;
    }
  }

  /** Whether a call of t as a closure trait takes what t holds (an FnOnce closure), or t holds nothing. */
  private boolean consumesOnCall(Ty t) {
    if (!(t instanceof Ty.Closure cl)) return true;
    rustle.check.ClosureInfo info = c.program.tables().closures.get(cl.exprId());
    return info != null && info.isFnOnce();
  }

  /** The index of the word after a `dyn FnOnce` vtable's call_once entry (see of). */
  static int afterOnceSlot() {
    return 4;
  }

  private long fnTraitCode(FnCompiler f, Ty t) {
    if (t instanceof Ty.Closure cl) return fnAddr(c.closureCode(cl, f.code.def, f.code.typeArgs), true);
    if (t instanceof Ty.FnPtr) return table.throughPointerEntry();
    Ty.FnDef fd = (Ty.FnDef) t;
    TraitResolve.Target target = TraitResolve.resolve(c, fd.def(), fd.args());
    return fnAddr(c.code(target.def(), target.args()), false);
  }

  /** Index of the entry a call of method m goes through. */
  int slot(Ty.Dyn d, FnSig.Def m) {
    if (d.isFnTrait()) return 2 + fnSlots(d);
    List<FnSig.Def> ms = methods(d);
    for (int i = 0; i < ms.size(); i++) if (ms.get(i).name.equals(m.name) && ms.get(i).trait.equals(m.trait)) return 3 + i;
    throw new IllegalStateException("method " + m.path() + " is not in the vtable of " + TyPrinter.show(d));
  }

  /** The trait's methods in vtable order: the supertrait's first, then its own in declaration order. */
  private List<FnSig.Def> methods(Ty.Dyn d) {
    List<TraitDef> chain = new ArrayList<>(TraitDef.withSupertraits(c.program.items().traits, d.trait()));
    java.util.Collections.reverse(chain);
    List<FnSig.Def> out = new ArrayList<>();
    for (TraitDef td : chain) out.addAll(td.methods.values());
    return out;
  }

  private long methodAddr(FnSig.Def m, Ty t, Ty.Dyn d) {
    if (m.selfKind == Item.SelfKind.NONE || m.generics.size() > m.implGenerics) return 0;
    List<Ty> args = new ArrayList<>();
    args.add(t);
    if (m.trait.equals(d.trait())) args.addAll(d.args());
    if (args.size() != m.implGenerics) return 0;
    TraitResolve.Target target = TraitResolve.resolve(c, m, args);
    if (!target.def().item.hasBody()) {
      // A derived or std Debug, or std's Display, has no fmt of its own: the prelude's generic one formats it natively.
      FnSig.Def viaFmt = "Debug".equals(m.trait) ? c.program.items().fns.get("__dyn_debug_fmt")
          : "Display".equals(m.trait) ? c.program.items().fns.get("__dyn_display_fmt") : null;
      if (viaFmt == null || !viaFmt.fromPrelude) return 0;
      return fnAddr(c.code(viaFmt, List.of(t)), true);
    }
    return fnAddr(c.code(target.def(), target.args()), true);
  }
}
