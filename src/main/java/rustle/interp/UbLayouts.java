package rustle.interp;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Stmt;
import rustle.check.LocalVar;
import rustle.interp.nodes.UbChecks;
import rustle.interp.rt.DeadFrames;

/**
 * What a {@code --unchecked} run knows of where locals live: per function instance, its named locals
 * (to explain a pointer into a popped frame), and per block, the locals its own {@code let}s declare
 * (they die at its closing brace). Built only when compiling for an unchecked run.
 */
final class UbLayouts {
  private UbLayouts() {}

  /** The named locals of f's frame. */
  static DeadFrames.Layout frame(FnCompiler f) {
    List<LocalVar> named = new ArrayList<>();
    for (LocalVar v : f.slots.keySet()) if (!v.name.startsWith("<") && !f.isCaptured(v)) named.add(v);
    named.sort(java.util.Comparator.comparingInt(v -> v.index));
    return of(f, named, f.code.frameSize, f.code.def.item.body());
  }

  /** The locals block b's own `let`s declare, or null if none. */
  static DeadFrames.Layout scope(FnCompiler f, Expr.Block b) {
    List<LocalVar> vs = new ArrayList<>();
    for (Stmt s : b.stmts()) {
      if (!(s instanceof Stmt.LetStmt l)) continue;
      for (LocalVar v : PatCompiler.bindings(l.pattern(), f.t)) {
        if (f.slots.containsKey(v) && !f.isCaptured(v)) vs.add(v);
      }
    }
    return vs.isEmpty() ? null : of(f, vs, 0, b);
  }

  private static DeadFrames.Layout of(FnCompiler f, List<LocalVar> vs, int frameSize, Expr.Block end) {
    int n = vs.size();
    String[] names = new String[n];
    int[] offs = new int[n];
    int[] sizes = new int[n];
    rustle.ast.Span[] decls = new rustle.ast.Span[n];
    for (int i = 0; i < n; i++) {
      LocalVar v = vs.get(i);
      names[i] = v.name;
      offs[i] = f.slots.get(v);
      sizes[i] = f.size(f.sub(v.ty));
      decls[i] = v.span;
    }
    return new DeadFrames.Layout(f.code.name, frameSize, names, offs, sizes, decls, UbChecks.closingBrace(end.span()));
  }
}
