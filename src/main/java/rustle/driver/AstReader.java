package rustle.driver;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.LazyBody;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.Stmt;
import rustle.ast.TypeExpr;

/**
 * Decodes what {@link AstWriter} encoded. Each value starts with a tag byte; a record's class number
 * selects the constructor call that reads its components, so no reflection is needed: this runs at every
 * start, where reflection's first uses are slow.
 */
final class AstReader {
  static final int NULL = 0;
  static final int RECORD = 1;
  static final int SEEN = 2;
  static final int INT = 3;
  static final int FALSE = 4;
  static final int TRUE = 5;
  static final int DOUBLE = 6;
  static final int STRING = 7;
  static final int NEW_STRING = 8;
  static final int BIGINT = 9;
  static final int LIST = 10;
  static final int SPAN = 11;
  static final int SEEN_SPAN = 12;
  /** A function body left encoded, then its number (see {@link AstWriter#writeDeferringBodies}). */
  static final int LAZY = 13;

  private final byte[] in;
  private int pos;
  // Arrays rather than ArrayLists: this runs interpreted at every start (see make), where each add or get
  // is a call chain of its own.
  private Object[] records;
  private int recordCount;
  private String[] strings;
  private int stringCount;
  private Span[] spans;
  private int spanCount;
  // A body's reader (see body): the main part's reader, whose tables hold the numbers below the bases
  // (the main reader's bases are 0, so it never looks there).
  private final AstReader main;
  private final int recordBase;
  private final int stringBase;
  private final int spanBase;
  // Set by endOfMain: where the table of the bodies' offsets starts, and how many there are.
  private int bodyTable;
  private int bodyCount;
  // The bodies' bytes and where they start: after the table in this reader's bytes, or (when the bytes
  // end with the table) PreludeCache.bodies(); found by the first body's decode (guarded by this).
  private byte[] bodyIn;
  private int bodyData;

  AstReader(byte[] in, int pos) {
    this.in = in;
    this.pos = pos;
    records = new Object[1 << 13];
    strings = new String[1 << 10];
    spans = new Span[1 << 12];
    main = null;
    recordBase = stringBase = spanBase = 0;
  }

  /** A reader of one deferred body from bytes in, after main has read the main part. */
  private AstReader(AstReader main, byte[] in, int pos) {
    this.in = in;
    this.pos = pos;
    records = new Object[64];
    strings = new String[16];
    spans = new Span[32];
    this.main = main;
    recordBase = main.recordCount;
    stringBase = main.stringCount;
    spanBase = main.spanCount;
  }

  /** After the main part: reads where the deferred bodies are (they are decoded when first asked for). */
  void endOfMain() {
    bodyCount = varint();
    bodyTable = pos;
  }

  /** Decodes the deferred body numbered i (on any thread: the main part's tables are not changed by it). */
  Expr.Block body(int i) {
    int at = bodyTable + 4 * i;
    int offset = (in[at] & 0xff) << 24 | (in[at + 1] & 0xff) << 16 | (in[at + 2] & 0xff) << 8 | (in[at + 3] & 0xff);
    byte[] bodies;
    int start;
    synchronized (this) {
      if (bodyIn == null) {
        int after = bodyTable + 4 * bodyCount;
        bodyIn = after < in.length ? in : PreludeCache.bodies();
        bodyData = bodyIn == in ? after : 0;
      }
      bodies = bodyIn;
      start = bodyData;
    }
    return (Expr.Block) new AstReader(this, bodies, start + offset).read();
  }

  /** The stand-in of a deferred body: a LazyBody decoding it from the main part's reader. */
  private static final class Deferred extends LazyBody {
    private final AstReader main;
    private final int index;

    Deferred(AstReader main, int index) {
      this.main = main;
      this.index = index;
    }

    @Override
    protected Expr.Block decode() {
      return main.body(index);
    }
  }

  Object read() {
    int tag = in[pos++];
    switch (tag) {
      case NULL: return null;
      case RECORD: {
        Object r = make(varint());
        if (recordCount == records.length) records = java.util.Arrays.copyOf(records, recordCount * 2);
        records[recordCount++] = r;
        return r;
      }
      case SEEN: {
        int k = varint();
        return k < recordBase ? main.records[k] : records[k - recordBase];
      }
      case INT: return zigzag();
      case FALSE: return Boolean.FALSE;
      case TRUE: return Boolean.TRUE;
      case DOUBLE: return Double.longBitsToDouble(bits());
      case STRING: {
        int k = varint();
        return k < stringBase ? main.strings[k] : strings[k - stringBase];
      }
      case NEW_STRING: {
        int n = varint();
        String s = new String(in, pos, n, StandardCharsets.UTF_8);
        pos += n;
        if (stringCount == strings.length) strings = java.util.Arrays.copyOf(strings, stringCount * 2);
        strings[stringCount++] = s;
        return s;
      }
      case BIGINT: return new BigInteger((String) read());
      case LIST: {
        int n = varint();
        if (n == 0) return List.of(); // the parser's empty lists are immutable too
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) items[i] = read();
        return java.util.Arrays.asList(items);
      }
      case SPAN: {
        int start = varint();
        int end = start + zigzag();
        int line = varint();
        int col = varint();
        Span s = new Span(start, end, line, col, line + zigzag(), varint());
        if (spanCount == spans.length) spans = java.util.Arrays.copyOf(spans, spanCount * 2);
        spans[spanCount++] = s;
        return s;
      }
      case SEEN_SPAN: {
        int k = varint();
        return k < spanBase ? main.spans[k] : spans[k - spanBase];
      }
      case LAZY: return new Deferred(this, varint()).standIn();
      default: throw corrupt(tag);
    }
  }

  private IllegalStateException corrupt(int tag) {
    return new IllegalStateException("corrupt AST cache: tag " + tag + " at " + (pos - 1));
  }

  // The scalar readers take their tag themselves: no boxing for the most frequent values.
  private int i() {
    int tag = in[pos++];
    if (tag != INT) throw corrupt(tag);
    // varint and zigzag by hand: the most frequent read (every node's id), interpreted (see make).
    int b = in[pos++];
    int v = b & 0x7f;
    for (int shift = 7; b < 0; shift += 7) {
      b = in[pos++];
      v |= (b & 0x7f) << shift;
    }
    return (v >>> 1) ^ -(v & 1);
  }

  private boolean b() {
    int tag = in[pos++];
    if (tag != TRUE && tag != FALSE) throw corrupt(tag);
    return tag == TRUE;
  }

  private double d() {
    return (Double) read();
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> list() {
    return (List<T>) read();
  }

  int varint() {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in[pos++];
      v |= (b & 0x7f) << shift;
      if (b >= 0) return v;
    }
  }

  private int zigzag() {
    int v = varint();
    return (v >>> 1) ^ -(v & 1);
  }

  private long bits() {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (in[pos++] & 0xff);
    return v;
  }

  /** Builds the record numbered k in {@link AstClasses}; arguments are evaluated left to right. */
  private Object make(int k) {
    switch (k) {
      case 0: return new Span(i(), i(), i(), i(), i(), i());
      case 1: return new Path((Span) read(), list());
      case 2: return new Path.Segment((String) read(), (Span) read(), list());
      case 3: return new Crate(list(), i());
      case 4: return new Item.GenericParam((Span) read(), (String) read(), b(), list());
      case 5: return new Item.Param((Span) read(), (Pattern) read(), (TypeExpr) read());
      case 6: return new Item.FnItem(i(), (Span) read(), (String) read(), (Span) read(), list(), Item.SelfKind.values()[i()], (Span) read(), (String) read(), list(), (TypeExpr) read(), (Expr.Block) read(), b(), b(), (String) read(), (Span) read());
      case 7: return new Item.FieldDef((Span) read(), (String) read(), (TypeExpr) read());
      case 8: return new Item.StructItem(i(), (Span) read(), (String) read(), (Span) read(), list(), Item.StructKind.values()[i()], list(), list());
      case 9: return new Item.Variant((Span) read(), (String) read(), Item.StructKind.values()[i()], list(), (Expr) read(), b());
      case 10: return new Item.EnumItem(i(), (Span) read(), (String) read(), (Span) read(), list(), list(), list());
      case 11: return new Item.ImplItem(i(), (Span) read(), list(), (Path) read(), (TypeExpr) read(), list(), list(), list());
      case 12: return new Item.TraitItem(i(), (Span) read(), (String) read(), (Span) read(), list(), list(), list(), list());
      case 13: return new Item.ConstItem(i(), (Span) read(), (String) read(), (Span) read(), (TypeExpr) read(), (Expr) read(), b(), b());
      case 14: return new Item.TypeAlias(i(), (Span) read(), (String) read(), list(), (TypeExpr) read());
      case 15: return new Item.UseItem(i(), (Span) read(), list());
      case 16: return new Item.UseTree((Span) read(), list(), (String) read());
      case 17: return new Item.ModItem(i(), (Span) read(), (String) read(), list());
      case 18: return new Expr.IntLit(i(), (Span) read(), (BigInteger) read(), (String) read());
      case 19: return new Expr.FloatLit(i(), (Span) read(), d(), (String) read());
      case 20: return new Expr.BoolLit(i(), (Span) read(), b());
      case 21: return new Expr.CharLit(i(), (Span) read(), i());
      case 22: return new Expr.ByteLit(i(), (Span) read(), i());
      case 23: return new Expr.StrLit(i(), (Span) read(), (String) read());
      case 24: return new Expr.PathExpr(i(), (Span) read(), (Path) read(), (TypeExpr) read());
      case 25: return new Expr.Unary(i(), (Span) read(), Expr.UnOp.values()[i()], (Expr) read());
      case 26: return new Expr.Borrow(i(), (Span) read(), b(), (Expr) read());
      case 27: return new Expr.Binary(i(), (Span) read(), Expr.BinOp.values()[i()], (Expr) read(), (Expr) read());
      case 28: return new Expr.Assign(i(), (Span) read(), (Expr) read(), (Expr) read());
      case 29: return new Expr.CompoundAssign(i(), (Span) read(), Expr.BinOp.values()[i()], (Expr) read(), (Expr) read());
      case 30: return new Expr.Cast(i(), (Span) read(), (Expr) read(), (TypeExpr) read());
      case 31: return new Expr.Call(i(), (Span) read(), (Expr) read(), list());
      case 32: return new Expr.MethodCall(i(), (Span) read(), (Expr) read(), (String) read(), (Span) read(), list(), list());
      case 33: return new Expr.Field(i(), (Span) read(), (Expr) read(), (String) read(), (Span) read());
      case 34: return new Expr.TupleField(i(), (Span) read(), (Expr) read(), i(), (Span) read());
      case 35: return new Expr.Index(i(), (Span) read(), (Expr) read(), (Expr) read());
      case 36: return new Expr.Tuple(i(), (Span) read(), list());
      case 37: return new Expr.Array(i(), (Span) read(), list());
      case 38: return new Expr.ArrayRepeat(i(), (Span) read(), (Expr) read(), (Expr) read());
      case 39: return new Expr.StructLit(i(), (Span) read(), (Path) read(), list(), (Expr) read());
      case 40: return new Expr.FieldInit((Span) read(), (String) read(), (Expr) read());
      case 41: return new Expr.Block(i(), (Span) read(), list(), (Expr) read(), b());
      case 42: return new Expr.If(i(), (Span) read(), (Expr) read(), (Expr.Block) read(), (Expr) read());
      case 43: return new Expr.Let(i(), (Span) read(), (Pattern) read(), (Expr) read());
      case 44: return new Expr.Loop(i(), (Span) read(), (String) read(), (Expr.Block) read(), b());
      case 45: return new Expr.While(i(), (Span) read(), (String) read(), (Expr) read(), (Expr.Block) read());
      case 46: return new Expr.For(i(), (Span) read(), (String) read(), (Pattern) read(), (Expr) read(), (Expr.Block) read());
      case 47: return new Expr.Break(i(), (Span) read(), (String) read(), (Expr) read());
      case 48: return new Expr.Continue(i(), (Span) read(), (String) read());
      case 49: return new Expr.Return(i(), (Span) read(), (Expr) read());
      case 50: return new Expr.Match(i(), (Span) read(), (Expr) read(), list());
      case 51: return new Expr.Arm((Span) read(), (Pattern) read(), (Expr) read(), (Expr) read());
      case 52: return new Expr.Closure(i(), (Span) read(), b(), list(), (TypeExpr) read(), (Expr) read());
      case 53: return new Expr.ClosureParam((Span) read(), (Pattern) read(), (TypeExpr) read());
      case 54: return new Expr.Range(i(), (Span) read(), (Expr) read(), (Expr) read(), b());
      case 55: return new Expr.Try(i(), (Span) read(), (Expr) read());
      case 56: return new Expr.MacroCall(i(), (Span) read(), (String) read(), list(), b());
      case 57: return new Expr.MacroArg((Span) read(), (String) read(), (Expr) read());
      case 58: return new Stmt.LetStmt(i(), (Span) read(), (Pattern) read(), (TypeExpr) read(), (Expr) read(), (Expr.Block) read());
      case 59: return new Stmt.ExprStmt(i(), (Span) read(), (Expr) read(), b());
      case 60: return new Stmt.ItemStmt(i(), (Span) read(), (Item) read());
      case 61: return new Pattern.IdentPat(i(), (Span) read(), (String) read(), b(), b(), (Pattern) read());
      case 62: return new Pattern.WildPat(i(), (Span) read());
      case 63: return new Pattern.RestPat(i(), (Span) read());
      case 64: return new Pattern.LitPat(i(), (Span) read(), (Expr.Lit) read());
      case 65: return new Pattern.RangePat(i(), (Span) read(), (Expr) read(), (Expr) read(), b());
      case 66: return new Pattern.TuplePat(i(), (Span) read(), list());
      case 67: return new Pattern.TupleStructPat(i(), (Span) read(), (Path) read(), list());
      case 68: return new Pattern.StructPat(i(), (Span) read(), (Path) read(), list(), b());
      case 69: return new Pattern.FieldPat((Span) read(), (String) read(), (Pattern) read());
      case 70: return new Pattern.PathPat(i(), (Span) read(), (Path) read());
      case 71: return new Pattern.RefPat(i(), (Span) read(), b(), (Pattern) read());
      case 72: return new Pattern.OrPat(i(), (Span) read(), list());
      case 73: return new Pattern.SlicePat(i(), (Span) read(), list());
      case 74: return new TypeExpr.PathType(i(), (Span) read(), (Path) read());
      case 75: return new TypeExpr.RefType(i(), (Span) read(), (String) read(), b(), (TypeExpr) read());
      case 76: return new TypeExpr.TupleType(i(), (Span) read(), list());
      case 77: return new TypeExpr.ArrayType(i(), (Span) read(), (TypeExpr) read(), (Expr) read());
      case 78: return new TypeExpr.SliceType(i(), (Span) read(), (TypeExpr) read());
      case 79: return new TypeExpr.ImplTraitType(i(), (Span) read(), list());
      case 80: return new TypeExpr.DynTraitType(i(), (Span) read(), list());
      case 81: return new TypeExpr.FnPtrType(i(), (Span) read(), list(), (TypeExpr) read());
      case 82: return new TypeExpr.NeverType(i(), (Span) read());
      case 83: return new TypeExpr.InferType(i(), (Span) read());
      case 84: return new TypeExpr.Bound((Span) read(), (Path) read(), list(), (TypeExpr) read(), (String) read());
      default: throw new IllegalStateException("corrupt AST cache: record class " + k);
    }
  }
}
