package rustle.ast;

import java.math.BigInteger;
import java.util.List;

/** An expression. Blocks, if, match and loops are expressions too, as in the Rust Reference. */
public sealed interface Expr extends Node {
  /** Literals. */
  sealed interface Lit extends Expr {}

  /** Integer literal; suffix is the written type suffix ({@code u8}, {@code usize}) or null. */
  record IntLit(int id, Span span, BigInteger value, String suffix) implements Lit {}

  /** Float literal; suffix {@code f32}/{@code f64} or null. */
  record FloatLit(int id, Span span, double value, String suffix) implements Lit {}

  record BoolLit(int id, Span span, boolean value) implements Lit {}

  /** A char literal as its Unicode scalar value. */
  record CharLit(int id, Span span, int value) implements Lit {}

  /** A byte literal {@code b'a'}: a u8. */
  record ByteLit(int id, Span span, int value) implements Lit {}

  /** A string literal with escapes already processed. */
  record StrLit(int id, Span span, String value) implements Lit {}

  /** A path in expression position: a local, a constant, a function, {@code Vec::new}, {@code None}. */
  /**
   * A path in value position. qself is the type of a qualified path {@code <T as Trait>::f} (path is then
   * {@code Trait::f}) or {@code <T>::f} (path is then {@code f}); null for plain paths.
   */
  record PathExpr(int id, Span span, Path path, TypeExpr qself) implements Expr {
    public PathExpr(int id, Span span, Path path) {
      this(id, span, path, null);
    }
  }

  enum UnOp { NEG, NOT, DEREF }

  record Unary(int id, Span span, UnOp op, Expr operand) implements Expr {}

  /** {@code &e} or {@code &mut e}. */
  record Borrow(int id, Span span, boolean mutable, Expr operand) implements Expr {}

  enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
    AND("&&"), OR("||"),
    BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    public final String symbol;

    BinOp(String symbol) {
      this.symbol = symbol;
    }
  }

  record Binary(int id, Span span, BinOp op, Expr left, Expr right) implements Expr {}

  record Assign(int id, Span span, Expr target, Expr value) implements Expr {}

  /** {@code a += b} and friends; op is the arithmetic operator. */
  record CompoundAssign(int id, Span span, BinOp op, Expr target, Expr value) implements Expr {}

  record Cast(int id, Span span, Expr operand, TypeExpr type) implements Expr {}

  /** {@code f(a, b)}: the callee is usually a PathExpr (function, tuple struct, variant, assoc fn). */
  record Call(int id, Span span, Expr callee, List<Expr> args) implements Expr {}

  /** {@code recv.name::<T>(args)}. */
  record MethodCall(int id, Span span, Expr receiver, String name, Span nameSpan,
      List<TypeExpr> generics, List<Expr> args) implements Expr {}

  /** {@code e.name}. */
  record Field(int id, Span span, Expr receiver, String name, Span nameSpan) implements Expr {}

  /** {@code e.0}. */
  record TupleField(int id, Span span, Expr receiver, int index, Span indexSpan) implements Expr {}

  /** {@code e[i]}. */
  record Index(int id, Span span, Expr receiver, Expr index) implements Expr {}

  /** {@code (a, b)}; {@code ()} is the unit value. */
  record Tuple(int id, Span span, List<Expr> elems) implements Expr {}

  /** {@code [a, b, c]}. */
  record Array(int id, Span span, List<Expr> elems) implements Expr {}

  /** {@code [value; count]}. */
  record ArrayRepeat(int id, Span span, Expr value, Expr count) implements Expr {}

  /** {@code Point { x: 1, y }} or with a base {@code ..other}. */
  record StructLit(int id, Span span, Path path, List<FieldInit> fields, Expr base) implements Expr {}

  /** One field initialiser; shorthand {@code x} has value PathExpr x. */
  record FieldInit(Span span, String name, Expr value) {}

  /** {@code { stmts; tail }}; tail is null when the block ends in a statement. */
  record Block(int id, Span span, List<Stmt> stmts, Expr tail, boolean unsafe) implements Expr {}

  /** {@code if cond {..} else ..}; cond may be a Let for {@code if let}; orElse is a Block or If or null. */
  record If(int id, Span span, Expr cond, Block then, Expr orElse) implements Expr {}

  /** {@code let PAT = e} as the condition of if/while (if let, while let). */
  record Let(int id, Span span, Pattern pattern, Expr value) implements Expr {}

  /** {@code loop}; labeledBlock: a labeled block {@code 'a: { .. }}, built as {@code 'a: loop { break 'a { .. } }}. */
  record Loop(int id, Span span, String label, Block body, boolean labeledBlock) implements Expr {}

  record While(int id, Span span, String label, Expr cond, Block body) implements Expr {}

  record For(int id, Span span, String label, Pattern pattern, Expr iter, Block body) implements Expr {}

  /** {@code break 'label value}; label and value may be null. */
  record Break(int id, Span span, String label, Expr value) implements Expr {}

  record Continue(int id, Span span, String label) implements Expr {}

  record Return(int id, Span span, Expr value) implements Expr {}

  record Match(int id, Span span, Expr scrutinee, List<Arm> arms) implements Expr {}

  /** One match arm; guard may be null. */
  record Arm(Span span, Pattern pattern, Expr guard, Expr body) {}

  /** {@code move |a: T, b| -> R body}; types may be null. */
  record Closure(int id, Span span, boolean isMove, List<ClosureParam> params, TypeExpr ret, Expr body)
      implements Expr {}

  record ClosureParam(Span span, Pattern pattern, TypeExpr type) {}

  /** {@code a..b}, {@code a..=b}, {@code ..b}, {@code a..}, {@code ..}. */
  record Range(int id, Span span, Expr lo, Expr hi, boolean inclusive) implements Expr {}

  /** {@code e?}. */
  record Try(int id, Span span, Expr operand) implements Expr {}

  /**
   * A macro invocation such as {@code println!("{}", x)} or {@code vec![0; n]}: the name without the
   * bang, its comma-separated arguments (named ones carry a name), and repeat = true for the
   * {@code [value; count]} form (then args are value and count).
   */
  record MacroCall(int id, Span span, String name, List<MacroArg> args, boolean repeat) implements Expr {}

  /** One macro argument; name is set for {@code name = expr}. */
  record MacroArg(Span span, String name, Expr value) {}
}
