package rustle.syntax;

import rustle.ast.Crate;
import rustle.syntax.gen.RustParser.CrateContext;

/** Turns a parse tree into the AST: wires the builders for each kind of node around one context. */
final class AstBuilder {
  final BuildContext cx;
  final Literals literals;
  final Escapes escapes;
  final TypeBuilder types;
  final PatternBuilder patterns;
  final ExprBuilder exprs;
  final PrimaryBuilder primaries;
  final BlockBuilder blocks;
  final ItemBuilder items;

  AstBuilder(BuildContext cx) {
    this.cx = cx;
    literals = new Literals(cx);
    escapes = new Escapes(cx);
    types = new TypeBuilder(cx, this);
    patterns = new PatternBuilder(cx, this);
    exprs = new ExprBuilder(cx, this);
    primaries = new PrimaryBuilder(cx, this);
    blocks = new BlockBuilder(cx, this);
    items = new ItemBuilder(cx, this);
  }

  Crate crate(CrateContext c) {
    var list = items.items(c.item());
    return new Crate(list, cx.nodeCount(), cx.visibility);
  }
}
