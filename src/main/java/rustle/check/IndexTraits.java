package rustle.check;

import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Span;
import rustle.diag.Errors;
import rustle.types.Subst;
import rustle.types.Ty;

/**
 * Indexing of the program's own types through its impls of {@code std::ops::Index} and {@code IndexMut}:
 * {@code c[i]} is {@code *Index::index(&c, i)}, and {@code *IndexMut::index_mut(&mut c, i)} where the place
 * is mutated (assigned, compound-assigned, borrowed {@code &mut}, or the receiver of a {@code &mut self}
 * method), as rustc decides once the expression is checked. The chosen method is the index expression's
 * {@link MethodRes}; its type is the impl's {@code Output}.
 */
final class IndexTraits {
  private final FnCk cx;

  IndexTraits(FnCk cx) {
    this.cx = cx;
  }

  /**
   * If the receiver type (after derefs auto-derefs) is the program's own with an Index impl for the index
   * type, records {@code index} and returns the Output type; null otherwise.
   */
  Ty index(Expr.Index e, Ty recv, Ty idx) {
    Ty cur = cx.resolve(recv);
    for (int derefs = 0; cur != null && derefs < 8; derefs++) {
      if (OpTraits.isUserType(cur)) {
        ImplDef impl = find("Index", cur, idx);
        if (impl == null) return null;
        List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
        cx.infer.unify(Subst.apply(impl.selfTy, implArgs), cur);
        cx.infer.unify(Subst.apply(impl.traitArgs.get(0), implArgs), idx);
        if (!record(e, impl, "index", implArgs, cur)) return null;
        cx.tables.derefs[e.id()] = derefs;
        Ty out = impl.assocTypes.get("Output");
        return out == null ? null : Subst.apply(out, implArgs);
      }
      Ty next = cur instanceof Ty.Ref r ? r.inner() : rustle.types.SmartPtrs.derefTarget(cur);
      cur = next == null ? null : cx.resolve(next);
    }
    return null;
  }

  /**
   * The place e is mutated: a user index in it (or in the places it is reached through, by value) calls
   * index_mut; without an IndexMut impl that is rustc's E0594 (assign) or E0596 (borrow) at span.
   */
  void markMut(Expr e, Span span, boolean assign) {
    if (e instanceof Expr.Field f) {
      if (byValue(f.receiver(), cx.tables.derefs[f.id()])) markMut(f.receiver(), span, assign);
    } else if (e instanceof Expr.TupleField f) {
      if (byValue(f.receiver(), cx.tables.derefs[f.id()])) markMut(f.receiver(), span, assign);
    } else if (e instanceof Expr.Index ix) {
      if (cx.tables.res[ix.id()] instanceof MethodRes r && r.def() != null && "index".equals(r.def().name) && "Index".equals(r.def().trait)) {
        toIndexMut(ix, r, span, assign);
      }
      if (byValue(ix.receiver(), cx.tables.derefs[ix.id()])) markMut(ix.receiver(), span, assign);
    } else if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
      // `*y = v` on the program's own smart pointer is `*DerefMut::deref_mut(&mut y) = v`: the deref node
      // records the impl's deref_mut (interp.PlaceCompiler calls it instead of deref).
      Ty t = cx.resolve(cx.tables.types[u.operand().id()]);
      if (t instanceof Ty.Adt a && a.def().builtin == rustle.types.AdtDef.Builtin.NONE) {
        for (ImplDef impl : cx.items.impls) {
          if ("DerefMut".equals(impl.trait) && impl.selfTy instanceof Ty.Adt s && s.def() == a.def()
              && impl.methods.get("deref_mut") != null) {
            cx.tables.res[u.id()] = impl.methods.get("deref_mut");
          }
        }
        markMut(u.operand(), span, assign);
      }
    }
  }

  /** Whether the receiver's own place is mutated along with the projection (no reference in between). */
  private boolean byValue(Expr recv, int derefs) {
    Ty t = cx.resolve(cx.tables.types[recv.id()]);
    for (int i = 0; i < derefs && t != null; i++) {
      if (t instanceof Ty.Ref) return false;
      Ty next = rustle.types.SmartPtrs.derefTarget(t);
      t = next == null ? null : cx.resolve(next);
    }
    return true;
  }

  private void toIndexMut(Expr.Index ix, MethodRes r, Span span, boolean assign) {
    Ty self = r.receiverTy();
    Ty idx = cx.tables.types[ix.index().id()];
    ImplDef impl = find("IndexMut", self, idx);
    if (impl == null || impl.methods.get("index_mut") == null) {
      String shown = cx.show(self);
      String help = "trait `IndexMut` is required to modify indexed content, but it is not implemented for `"
          + shown + "`";
      cx.error((assign
          ? Errors.coded("E0594", "cannot assign to data in an index of `" + shown + "`", span, "cannot assign")
          : Errors.coded("E0596", "cannot borrow data in an index of `" + shown + "` as mutable", span,
              "cannot borrow as mutable")).withHelp(help));
      return;
    }
    List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
    cx.infer.unify(Subst.apply(impl.selfTy, implArgs), self);
    cx.infer.unify(Subst.apply(impl.traitArgs.get(0), implArgs), idx);
    record(ix, impl, "index_mut", implArgs, self);
  }

  /** The impl of trait ("Index" or "IndexMut") for self whose index type can be idx. */
  private ImplDef find(String trait, Ty self, Ty idx) {
    for (ImplDef impl : cx.items.impls) {
      if (!trait.equals(impl.trait) || impl.traitArgs.isEmpty()) continue;
      List<Ty> implArgs = cx.exprs.paths.freshArgs(impl.generics.size());
      if (!cx.infer.probe(Subst.apply(impl.selfTy, implArgs), self)) continue;
      if (idx != null && !cx.infer.probe(Subst.apply(impl.traitArgs.get(0), implArgs), idx)) continue;
      return impl;
    }
    return null;
  }

  private boolean record(Expr e, ImplDef impl, String method, List<Ty> implArgs, Ty self) {
    return OpTraits.record(cx, e, impl, method, implArgs, self);
  }
}
