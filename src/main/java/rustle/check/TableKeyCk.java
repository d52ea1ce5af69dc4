package rustle.check;

import java.util.List;
import java.util.Set;
import rustle.ast.Expr;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.types.AdtDef;
import rustle.types.FnSig;
import rustle.types.Prim;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * The {@code Eq + Hash} bound on the keys of std's hash tables: the methods that hash a key
 * ({@code insert}, {@code get}, ...) and {@code collect} into a table are rejected as rustc rejects them when
 * the key type lacks either trait; making, measuring and dropping such a table stays allowed, as in std.
 */
final class TableKeyCk {
  private final FnCk cx;

  TableKeyCk(FnCk cx) {
    this.cx = cx;
  }

  // The methods of std's `impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S>` and of HashSet's like impl.
  private static final Set<String> KEYED = Set.of("reserve", "shrink_to_fit", "entry",
      "get", "get_mut", "get_key_value", "contains_key", "insert", "remove", "remove_entry", "contains",
      "replace", "take", "union", "intersection", "difference", "symmetric_difference", "is_disjoint",
      "is_subset", "is_superset");

  /**
   * A method of HashMap or HashSet that hashes keys, called on a table whose key type is not Eq + Hash:
   * rustc's E0599, listing each innermost type that lacks a trait and the key type that needs it.
   */
  void tableKey(Expr.MethodCall m, FnSig.Def def, List<Ty> args) {
    if (!def.fromPrelude || def.selfTy == null || args.isEmpty() || !KEYED.contains(m.name())) return;
    if (!(def.selfTy instanceof Ty.Adt sa) || sa.def().builtin != AdtDef.Builtin.HASH_MAP
        && sa.def().builtin != AdtDef.Builtin.HASH_SET) return;
    keyed(m, args.get(0), Subst.apply(def.selfTy, args));
  }

  /** The same check for a natively typed method of a table (extend) whose key type is key. */
  void keyed(Expr.MethodCall m, Ty key, Ty self) {
    cx.deferred.add(new Object[] {(Runnable) () -> {
      Ty t = Zonk.apply(key);
      if (!Zonk.isResolved(t) || Obligations.mentionsParam(t)) return;
      StringBuilder unmet = new StringBuilder();
      for (String trait : List.of("Eq", "Hash")) {
        Ty leaf = lacking(t, trait);
        if (leaf == null) continue;
        unmet.append(unmet.length() == 0 ? "" : "\n").append('`').append(cx.show(leaf)).append(": ").append(trait).append('`');
        if (leaf != t) unmet.append("\nwhich is required by `").append(cx.show(t)).append(": ").append(trait).append('`');
      }
      if (unmet.length() == 0) return;
      String shown = cx.show(Zonk.apply(self));
      cx.error(Errors.coded("E0599", "the method `" + m.name() + "` exists for struct `" + shown
          + "`, but its trait bounds were not satisfied", m.nameSpan(), null)
          .withSub(Diagnostic.Sub.note("the following trait bounds were not satisfied:\n" + unmet)));
    }});
  }

  /** collect into a HashMap or HashSet of keys that are not Eq + Hash: rustc's E0277, one per trait. */
  void collectKey(Expr.MethodCall m, Ty key, Ty target) {
    cx.deferred.add(new Object[] {(Runnable) () -> keyTraits(key, m.nameSpan(), d -> d
        .withSub(Diagnostic.Sub.note("required for `" + cx.show(Zonk.apply(target)) + "` to implement `FromIterator<"
            + cx.show(Zonk.apply(itemOf(target))) + ">`"))
        .withSub(Diagnostic.Sub.note("required by a bound in `collect`")))});
  }

  /**
   * {@code HashMap::from(array)} or {@code HashSet::from(array)} of keys that are not Eq + Hash: rustc's
   * E0277 at the type's name, one per trait (called once the body's types are known).
   */
  void fromKey(rustle.ast.Span at, Ty key, Ty self, Ty src) {
    keyTraits(key, at, d -> d.withSub(
        Diagnostic.Sub.note("required for `" + cx.show(self) + "` to implement `From<" + cx.show(src) + ">`")));
  }

  /**
   * rustc's E0277 at at for each of Eq and Hash that key lacks, with notes the caller adds; nothing while
   * key is not known yet or names a type parameter.
   */
  private void keyTraits(Ty key, rustle.ast.Span at, java.util.function.UnaryOperator<Diagnostic> notes) {
    Ty t = Zonk.apply(key);
    if (!Zonk.isResolved(t) || Obligations.mentionsParam(t)) return;
    for (String trait : List.of("Eq", "Hash")) {
      Ty leaf = lacking(t, trait);
      if (leaf == null) continue;
      String shown = cx.show(leaf);
      cx.error(notes.apply(Errors.coded("E0277", "the trait bound `" + shown + ": " + trait + "` is not satisfied",
          at, "the trait `" + trait + "` is not implemented for `" + shown + "`")));
    }
  }

  private static Ty itemOf(Ty target) {
    Ty.Adt a = (Ty.Adt) Zonk.apply(target);
    return a.def().builtin == AdtDef.Builtin.HASH_SET ? a.args().get(0)
        : new Ty.Tuple(List.of(a.args().get(0), a.args().get(1)));
  }

  /** The innermost part of t that does not implement trait (Eq or Hash), or null when t does. */
  private Ty lacking(Ty t, String trait) {
    t = Zonk.apply(t);
    if (t instanceof Prim p) return p.isFloat() ? t : null;
    if (t instanceof Ty.Ref r) return lacking(r.inner(), trait);
    if (t instanceof Ty.Array a) return lacking(a.elem(), trait);
    if (t instanceof Ty.Slice s) return lacking(s.elem(), trait);
    if (t instanceof Ty.Tuple tu) {
      for (Ty e : tu.elems()) {
        Ty in = lacking(e, trait);
        if (in != null) return in;
      }
      return null;
    }
    if (t instanceof Ty.Adt a) {
      AdtDef.Builtin b = a.def().builtin;
      if (b == AdtDef.Builtin.HASH_MAP || b == AdtDef.Builtin.HASH_SET) return trait.equals("Hash") ? t : argsLacking(a, trait);
      // std's BinaryHeap is neither Eq nor Hash.
      if (a.def() == cx.items.stdAdt("BinaryHeap") && a.def().fromPrelude) return t;
      if (b != AdtDef.Builtin.NONE || a.def() == cx.items.stdAdt(a.def().name)) return argsLacking(a, trait);
      boolean has = trait.equals("Eq") ? new Obligations(cx).compares(a, "Eq") : a.def().derives("Hash") || cx.exprs.paths.implementsTrait(a, "Hash");
      return has ? null : t;
    }
    return null;
  }

  private Ty argsLacking(Ty.Adt a, String trait) {
    for (Ty x : a.args()) {
      Ty in = lacking(x, trait);
      if (in != null) return in;
    }
    return null;
  }

}
