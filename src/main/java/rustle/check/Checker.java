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
    List<Diagnostic> errors = new ArrayList<>();
    Items items = new Items();
    TyLowering lowering = new TyLowering(items, errors);
    Collector collector = new Collector(items, errors, lowering);
    collector.declare(prelude, true);
    collector.declare(user, false);
    collectUses(user, items);
    collector.define(prelude, true);
    collector.define(user, false);
    RecursiveTypes.check(user, items, errors);
    int nodes = Math.max(prelude.nodeCount(), user.nodeCount());
    Tables tables = new Tables(nodes);
    FnSig.Def main = items.fns.get("main");
    if (main == null || main.fromPrelude) {
      errors.add(Errors.coded("E0601", "`main` function not found in crate", rustle.ast.Span.NONE,
          "consider adding a `main` function"));
    }
    if (!errors.isEmpty()) return new Result(null, errors);
    // Functions returning `impl Trait` first: their callers need the type their bodies decide.
    List<FnSig.Def> order = new ArrayList<>();
    for (FnSig.Def d : items.bodies) if (d.opaqueRet != null) order.add(d);
    for (FnSig.Def d : items.bodies) if (d.opaqueRet == null) order.add(d);
    for (FnSig.Def def : order) {
      TyLowering.Scope scope = scopeFor(def);
      FnCk ck = new FnCk(items, tables, errors, lowering, def, scope);
      ck.checkFn();
    }
    for (ConstDef c : allConsts(items)) {
      if (c.ty == null || c.item.value() == null) continue;
      FnCk ck = new FnCk(items, tables, errors, lowering, null, new TyLowering.Scope(new HashMap<>(), null));
      ck.checkConst(c.item.value(), c.ty);
    }
    dropUnresolvedInnerItems(errors, items);
    if (!errors.isEmpty()) return new Result(null, errors);
    return new Result(new CheckedProgram(items, tables, main), errors);
  }

  private static final java.util.Set<String> NOT_FOUND = java.util.Set.of("E0412", "E0425", "E0422", "E0433",
      "E0531", "E0532", "E0574", "E0405", "E0423");

  /**
   * An item inside a function body is reported as unsupported; the uses of its name then fail to resolve,
   * and saying so again would blame the program for what rustle lacks.
   */
  private static void dropUnresolvedInnerItems(List<Diagnostic> errors, Items items) {
    if (items.innerItems.isEmpty()) return;
    errors.removeIf(d -> d.code() != null && NOT_FOUND.contains(d.code())
        && items.innerItems.stream().anyMatch(n -> d.message().contains("`" + n + "`")));
  }

  static String itemName(rustle.ast.Item it) {
    if (it instanceof rustle.ast.Item.FnItem f) return f.name();
    if (it instanceof rustle.ast.Item.StructItem s) return s.name();
    if (it instanceof rustle.ast.Item.EnumItem e) return e.name();
    if (it instanceof rustle.ast.Item.TraitItem t) return t.name();
    if (it instanceof rustle.ast.Item.ConstItem c) return c.name();
    if (it instanceof rustle.ast.Item.TypeAlias a) return a.name();
    return null;
  }

  private static List<ConstDef> allConsts(Items items) {
    List<ConstDef> out = new ArrayList<>(items.consts.values());
    for (ImplDef impl : items.impls) out.addAll(impl.consts.values());
    return out;
  }

  private static void collectUses(Crate user, Items items) {
    for (Item it : user.items()) {
      if (it instanceof Item.UseItem u) {
        for (Item.UseTree t : u.trees()) {
          List<String> p = t.path();
          if (p.isEmpty() || p.get(p.size() - 1).equals("*")) continue;
          items.uses.put(t.alias() != null ? t.alias() : p.get(p.size() - 1), p);
        }
      }
    }
  }

  /** The generic parameters in scope in a function body (impl's then its own) and Self. */
  static TyLowering.Scope scopeFor(FnSig.Def def) {
    HashMap<String, Ty> params = new HashMap<>();
    for (int i = 0; i < def.generics.size(); i++) {
      params.put(def.generics.get(i).name(), new Ty.Param(def.generics.get(i).name(), i));
    }
    return new TyLowering.Scope(params, def.selfTy);
  }
}
