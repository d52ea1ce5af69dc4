package rustle.driver;

import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.ast.TypeExpr;

/**
 * The AST's record classes in the order that numbers them in a cached AST ({@link AstWriter} writes the
 * number, {@link AstReader#make} builds the record of that number). The two must list the same classes in
 * the same order; AstCacheTest's round trip of the prelude checks it.
 */
final class AstClasses {
  private AstClasses() {}

  static final Class<?>[] ALL = {
      Span.class,
      Path.class,
      Path.Segment.class,
      Crate.class,
      Item.GenericParam.class,
      Item.Param.class,
      Item.FnItem.class,
      Item.FieldDef.class,
      Item.StructItem.class,
      Item.Variant.class,
      Item.EnumItem.class,
      Item.ImplItem.class,
      Item.TraitItem.class,
      Item.ConstItem.class,
      Item.TypeAlias.class,
      Item.UseItem.class,
      Item.UseTree.class,
      Item.ModItem.class,
      Expr.IntLit.class,
      Expr.FloatLit.class,
      Expr.BoolLit.class,
      Expr.CharLit.class,
      Expr.ByteLit.class,
      Expr.StrLit.class,
      Expr.PathExpr.class,
      Expr.Unary.class,
      Expr.Borrow.class,
      Expr.Binary.class,
      Expr.Assign.class,
      Expr.CompoundAssign.class,
      Expr.Cast.class,
      Expr.Call.class,
      Expr.MethodCall.class,
      Expr.Field.class,
      Expr.TupleField.class,
      Expr.Index.class,
      Expr.Tuple.class,
      Expr.Array.class,
      Expr.ArrayRepeat.class,
      Expr.StructLit.class,
      Expr.FieldInit.class,
      Expr.Block.class,
      Expr.If.class,
      Expr.Let.class,
      Expr.Loop.class,
      Expr.While.class,
      Expr.For.class,
      Expr.Break.class,
      Expr.Continue.class,
      Expr.Return.class,
      Expr.Match.class,
      Expr.Arm.class,
      Expr.Closure.class,
      Expr.ClosureParam.class,
      Expr.Range.class,
      Expr.Try.class,
      Expr.MacroCall.class,
      Expr.MacroArg.class,
      Stmt.LetStmt.class,
      Stmt.ExprStmt.class,
      Stmt.ItemStmt.class,
      Pattern.IdentPat.class,
      Pattern.WildPat.class,
      Pattern.RestPat.class,
      Pattern.LitPat.class,
      Pattern.RangePat.class,
      Pattern.TuplePat.class,
      Pattern.TupleStructPat.class,
      Pattern.StructPat.class,
      Pattern.FieldPat.class,
      Pattern.PathPat.class,
      Pattern.RefPat.class,
      Pattern.OrPat.class,
      Pattern.SlicePat.class,
      TypeExpr.PathType.class,
      TypeExpr.RefType.class,
      TypeExpr.TupleType.class,
      TypeExpr.ArrayType.class,
      TypeExpr.SliceType.class,
      TypeExpr.ImplTraitType.class,
      TypeExpr.DynTraitType.class,
      TypeExpr.FnPtrType.class,
      TypeExpr.NeverType.class,
      TypeExpr.InferType.class,
      TypeExpr.Bound.class
  };
}
