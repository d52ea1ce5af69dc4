package rustle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import rustle.ast.Crate;
import rustle.ast.Item;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.FnSig;
import rustle.types.Ty;

/**
 * The name resolution and type checking phase: builds the item table from the prelude and the user's
 * crate, then checks every function body and constant. Its output is a {@link CheckedProgram}: the AST
 * plus side tables.
 */
public final class Checker {
  private Checker() {}

  /** The checked program, or the errors found. */
  public record Result(CheckedProgram program, List<Diagnostic> errors) {}

  public static Result check(Crate prelude, Crate user) {
    return check(collectPrelude(prelude), user);
  }

  /**
   * The item table with the prelude's items declared and their signatures collected: the first step of
   * {@link #check}, which needs nothing of the user's crate, so the driver runs it on a second thread
   * while the user's file is parsed. Each result is for one check only (that check adds to it).
   */
  public static final class PreludeItems {
    final Crate crate;
    final List<Diagnostic> errors = new ArrayList<>();
    final Items items = new Items();
    final TyLowering lowering = new TyLowering(items, errors);
    final Collector collector = new Collector(items, errors, lowering);

    private PreludeItems(Crate crate) {
      this.crate = crate;
    }
  }

  /**
   * Declares and defines the prelude's items before any of the user's: prelude signatures name only
   * prelude items, so they resolve the same whatever the user's crate declares or imports.
   */
  public static PreludeItems collectPrelude(Crate prelude) {
    PreludeItems p = new PreludeItems(prelude);
    p.collector.declare(prelude, true);
    p.items.preludeAdts.putAll(p.items.adts);
    p.items.preludeTraits.addAll(p.items.traits.keySet());
    p.collector.define(prelude, true);
    return p;
  }

  public static Result check(PreludeItems p, Crate user) {
    Crate prelude = p.crate;
    List<Diagnostic> errors = p.errors;
    Items items = p.items;
    TyLowering lowering = p.lowering;
    Collector collector = p.collector;
    ItemTree.Flat flat = ItemTree.flatten(user, errors);
    Crate userItems = new Crate(flat.items(), user.nodeCount());
    items.modules.addAll(flat.modules());
    collector.declare(userItems, false);
    collectUses(userItems, items, errors);
    UseConflicts.check(user.items(), items, errors);
    collector.define(userItems, false);
    RecursiveTypes.check(userItems, items, errors);
    DeriveDefaults.check(userItems, items, errors);
    DeriveCopy.check(userItems, items, errors);
    int nodes = Math.max(prelude.nodeCount(), user.nodeCount());
    Tables tables = new Tables(nodes);
    FnSig.Def main = items.fns.get("main");
    if (main == null || main.fromPrelude) {
      errors.add(Errors.coded("E0601", "`main` function not found in crate", rustle.ast.Span.NONE,
          "consider adding a `main` function"));
    }
    if (!errors.isEmpty()) return new Result(null, errors);
    FnCk implCk = new FnCk(items, tables, errors, lowering, null, new TyLowering.Scope(new HashMap<>(), null));
    for (ImplDef impl : items.impls) {
      if (impl.item != null && impl.trait != null) new SuperBounds(implCk).check(impl.selfTy, impl.trait, impl.item.selfType().span());
    }
    // Functions returning `impl Trait` first: their callers need the type their bodies decide.
    List<FnSig.Def> order = new ArrayList<>();
    tables.deferred = new DeferredBodies(items, tables);
    for (FnSig.Def d : items.bodies) if (d.opaqueRet != null) order.add(d);
    for (FnSig.Def d : items.bodies) {
      if (d.opaqueRet == null && d.fromPrelude) tables.deferred.add(d);
      else if (d.opaqueRet == null) order.add(d);
    }
    for (FnSig.Def def : order) {
      TyLowering.Scope scope = scopeFor(def);
      FnCk ck = def.fromPrelude
          ? new FnCk(items.forPrelude(), tables, errors, new TyLowering(items.forPrelude(), errors), def, scope)
          : new FnCk(items, tables, errors, lowering, def, scope);
      ck.checkFn();
    }
    for (ConstDef c : allConsts(items)) {
      if (c.ty == null || c.item.value() == null) continue;
      if (c.item.id() < prelude.nodeCount()) { // the prelude's ids come first
        tables.deferred.addConst(c);
        continue;
      }
      FnCk ck = new FnCk(items, tables, errors, lowering, null, new TyLowering.Scope(new HashMap<>(), null));
      ck.checkConst(c.item.value(), c.ty);
    }
    if (errors.isEmpty()) UnsafetyCk.check(items, tables, errors);
    // Without modules every item is in the crate root, visible everywhere.
    if (errors.isEmpty() && !items.modules.isEmpty()) Privacy.check(user, tables, errors);
    if (!errors.isEmpty()) return new Result(null, errors);
    return new Result(new CheckedProgram(items, tables, main), errors);
  }

  private static List<ConstDef> allConsts(Items items) {
    List<ConstDef> out = new ArrayList<>(items.consts.values());
    for (ImplDef impl : items.impls) out.addAll(impl.consts.values());
    return out;
  }

  private static void collectUses(Crate user, Items items, List<Diagnostic> errors) {
    for (Item it : user.items()) {
      if (it instanceof Item.UseItem u) {
        for (Item.UseTree t : u.trees()) {
          List<String> p = t.path();
          if (p.isEmpty()) continue;
          if (p.get(p.size() - 1).equals("*")) {
            // `use Enum::*` brings the variants in; module globs need nothing (one namespace).
            rustle.types.AdtDef d = p.size() >= 2 ? items.adts.get(p.get(p.size() - 2)) : null;
            if (d != null && d.isEnum) items.globEnums.add(d);
            continue;
          }
          String name = t.alias() != null ? t.alias() : p.get(p.size() - 1);
          List<String> prev = items.uses.put(name, p);
          if (prev != null && !prev.equals(p) && !sameUserItem(prev, p)) {
            // One namespace for the whole crate (ItemTree): a second meaning would silently win.
            errors.add(Errors.unsupported("`use` of two different items as `" + name + "`", t.span()));
          }
        }
      }
    }
  }

  /**
   * `use super::Pt` in a module and `use geometry::Pt` at the root: two paths to the program's one item
   * named Pt (the program's items share one namespace, ItemTree reports two items of a name).
   */
  private static boolean sameUserItem(List<String> a, List<String> b) {
    if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) return false;
    for (List<String> p : List.of(a, b)) {
      String root = p.get(0);
      if (root.equals("std") || root.equals("core") || root.equals("alloc")) return false;
    }
    return true;
  }

  /** The generic parameters in scope in a function body (impl's then its own) and Self. */
  static TyLowering.Scope scopeFor(FnSig.Def def) {
    HashMap<String, Ty> params = new HashMap<>();
    for (int i = 0; i < def.generics.size(); i++) {
      params.put(def.generics.get(i).name(), new Ty.Param(def.generics.get(i).name(), i));
    }
    IterParams.itemNames(def, params);
    return new TyLowering.Scope(params, def.selfTy);
  }
}
