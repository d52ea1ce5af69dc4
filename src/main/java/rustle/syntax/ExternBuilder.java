package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Span;
import rustle.syntax.gen.RustParser.*;

/** Builds {@code extern "C"} blocks (their function declarations) and reads ABI strings. */
final class ExternBuilder {
  private final BuildContext cx;
  private final AstBuilder ast;

  ExternBuilder(BuildContext cx, AstBuilder ast) {
    this.cx = cx;
    this.ast = ast;
  }

  /** The ABI of {@code extern "C"} ({@code extern} alone means "C"); rustle runs only Rust and C ABIs. */
  String abi(AbiContext a) {
    String s = a == null ? "C" : a.getText().replace("\"", "");
    if (!s.equals("C") && !s.equals("Rust")) cx.unsupported("the `extern \"" + s + "\"` ABI", cx.span(a));
    return s;
  }

  /**
   * The functions of an {@code extern "C"} block, each with an {@code intrinsic!()} body the interpreter
   * supplies from its table of C functions; {@code safe fn} may be called outside {@code unsafe}.
   */
  List<Item> block(ExternItemContext e) {
    List<Item> out = new ArrayList<>();
    String abi = abi(e.abi());
    for (ExternBlockItemContext c : e.externBlockItem()) {
      if (c instanceof ExternStaticContext s) {
        cx.unsupported("statics in `extern` blocks", cx.span(s));
        continue;
      }
      ExternFnContext f = (ExternFnContext) c;
      boolean safe = f.identifier().size() == 2;
      if (safe && !f.identifier(0).getText().equals("safe")) {
        cx.error("expected one of `fn`, `safe` or `unsafe`, found `" + f.identifier(0).getText() + "`",
            cx.span(f.identifier(0)), null);
      }
      IdentifierContext name = f.identifier(f.identifier().size() - 1);
      List<Item.Param> params = new ArrayList<>();
      if (f.fnParams() != null) {
        if (f.fnParams().selfParam() != null) cx.error("`self` parameter is only allowed in associated functions",
            cx.span(f.fnParams().selfParam()), "not semantically valid as function parameter");
        for (FnParamContext p : f.fnParams().fnParam()) {
          params.add(new Item.Param(cx.span(p), ast.patterns.alt(p.patternNoTopAlt()), ast.types.type(p.type())));
        }
      }
      Span span = cx.span(f);
      Expr.Block body = new Expr.Block(cx.id(), span, List.of(),
          new Expr.MacroCall(cx.id(), span, "intrinsic", List.of(), false), false);
      out.add(new Item.FnItem(cx.id(), span, TypeBuilder.name(name), cx.span(name), List.of(), Item.SelfKind.NONE,
          null, null, params, f.type() == null ? null : ast.types.type(f.type()), body, f.visibility() != null,
          !safe, abi, null));
    }
    return out;
  }
}
