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
  /** The blocks loops jump back to: an edge into one from a later block goes round the loop again. */
  final java.util.Set<Integer> loopHeads = new java.util.HashSet<>();
  /** Every loop of the body as {full span, header span}. */
  final List<rustle.ast.Span[]> loops = new ArrayList<>();

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
