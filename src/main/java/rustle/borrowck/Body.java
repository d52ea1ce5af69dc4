package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.check.Tables;
import rustle.types.FnSig;

/** One function lowered for the borrow checker: its locals (local 0 is the return place) and its blocks. */
final class Body {
  final FnSig.Def def;
  final Tables tables;
  final List<LocalDecl> locals = new ArrayList<>();
  final List<BasicBlock> blocks = new ArrayList<>();
  final BorrowSet borrows = new BorrowSet();
  /**
   * Each closure capture's borrow, by the loan's span: {the closure's head `|..|`, the captured path}, where
   * rustc puts a conflict's borrow and its "due to use in closure" label.
   */
  final java.util.Map<rustle.ast.Span, rustle.ast.Span[]> closureCaptures = new java.util.HashMap<>();
  /** The blocks loops jump back to: an edge into one from a later block goes round the loop again. */
  final java.util.Set<Integer> loopHeads = new java.util.HashSet<>();
  /** Every loop of the body as {full span, header span}. */
  final List<rustle.ast.Span[]> loops = new ArrayList<>();
  /** For a closure's body, its captured variables: what it returns may borrow them, they outlive it. */
  final java.util.Set<rustle.check.LocalVar> captures = new java.util.HashSet<>();
  /**
   * The reference parameters whose data the signature does not let the result hold, each as a loan
   * of its referent that the parameter holds from entry (never in scope, so it conflicts with
   * nothing): one reaching the return place is rustc's E0621 / "lifetime may not live long enough".
   */
  final java.util.Map<Integer, ParamRegion> paramLoans = new java.util.HashMap<>();

  /** A parameter's name, its reference's lifetime as written (null when elided), the result's named one. */
  record ParamRegion(String name, String lifetime, String required) {}

  Body(FnSig.Def def, Tables tables) {
    this.def = def;
    this.tables = tables;
  }

  LocalDecl local(int i) {
    return locals.get(i);
  }

  int addLocal(LocalDecl d) {
    locals.add(d);
    return locals.size() - 1;
  }

  int newBlock() {
    blocks.add(new BasicBlock());
    return blocks.size() - 1;
  }

  /** The body as text, one statement a line, for debugging. */
  String dump() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < locals.size(); i++) {
      LocalDecl d = locals.get(i);
      sb.append("_").append(i).append(": ").append(d.kind).append(' ').append(d.name).append(" : ")
          .append(d.ty == null ? "?" : rustle.types.TyPrinter.show(d.ty)).append('\n');
    }
    for (int i = 0; i < blocks.size(); i++) {
      BasicBlock b = blocks.get(i);
      sb.append("bb").append(i).append(":\n");
      for (Statement s : b.stmts) sb.append("    ").append(s).append('\n');
      sb.append("    -> ").append(b.succ).append(b.returns ? " return" : "").append('\n');
    }
    return sb.toString();
  }

  /** Predecessors of every block. */
  List<List<Integer>> predecessors() {
    List<List<Integer>> preds = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) preds.add(new ArrayList<>());
    for (int i = 0; i < blocks.size(); i++) {
      for (int s : blocks.get(i).succ) preds.get(s).add(i);
    }
    return preds;
  }
}
