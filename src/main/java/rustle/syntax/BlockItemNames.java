package rustle.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustle.ast.Crate;
import rustle.ast.Expr;
import rustle.ast.Item;
import rustle.ast.Path;
import rustle.ast.Pattern;
import rustle.ast.Span;
import rustle.ast.Stmt;

/**
 * Gives an item declared in a block a name of its own when another item of the crate has the same name
 * ({@code struct S;} in two functions): rustle's item table has one namespace (check.ItemTree), so the
 * block's item becomes {@code S#1} and every path in that block whose first segment names it follows.
 * The suffix is never shown: {@link #display} strips it wherever a name is printed.
 */
public final class BlockItemNames {
  /** Separates an item's name from the suffix that keeps it apart; no identifier contains it. */
  public static final char MARK = '#';

  private final Map<String, Integer> counts;
  private final IdentityHashMap<Item, String> renamed = new IdentityHashMap<>();
  private int next;

  private BlockItemNames(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** A name as the program wrote it: without the suffix given here. */
  public static String display(String name) {
    int i = name.indexOf(MARK);
    return i < 0 ? name : name.substring(0, i);
  }

  /** Text with every renamed identifier shown as written ({@code S#2} becomes {@code S}). */
  public static String displayText(String text) {
    if (text.indexOf(MARK) < 0) return text;
    return text.replaceAll("([\\p{L}\\p{N}_])#[0-9]+", "$1");
  }

  static Crate rename(Crate crate) {
    Map<String, Integer> counts = new HashMap<>();
    countItems(crate.items(), counts);
    boolean clash = false;
    for (int c : counts.values()) clash |= c > 1;
    if (!clash) return crate;
    BlockItemNames r = new BlockItemNames(counts);
    @SuppressWarnings("unchecked")
    List<Item> items = (List<Item>) r.rewrite(crate.items(), Map.of());
    return new Crate(items, crate.nodeCount(), crate.visibility());
  }

  /** Counts every item name of the crate; iterative, as long operator chains nest deeply. */
  private static void countItems(Object root, Map<String, Integer> counts) {
    java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object n = todo.pop();
      if (n instanceof List<?> l) {
        for (Object o : l) if (o != null) todo.push(o);
        continue;
      }
      if (n instanceof Item it) {
        String name = Item.nameOf(it);
        if (name != null) counts.merge(name, 1, Integer::sum);
      }
      if (!isAst(n)) continue;
      for (Object o : components(n)) if (o != null) todo.push(o);
    }
  }

  /** n with the block items' new names applied; env maps a written name to its new name in scope. */
  private Object rewrite(Object n, Map<String, String> env) {
    if (n == null) return null;
    if (n instanceof List<?> l) {
      List<Object> out = null;
      for (int i = 0; i < l.size(); i++) {
        Object o = l.get(i);
        Object r = rewrite(o, env);
        if (r != o && out == null) out = new ArrayList<>(l.subList(0, i));
        if (out != null) out.add(r);
      }
      return out == null ? n : out;
    }
    if (!isAst(n)) return n;
    if (n instanceof Expr.Block b) env = scope(b, env);
    Object r = rebuild(n, env);
    if (r instanceof Path p && !p.segments().isEmpty()) {
      Path.Segment first = p.segments().get(0);
      String to = env.get(first.name());
      if (to != null) {
        List<Path.Segment> segs = new ArrayList<>(p.segments());
        segs.set(0, new Path.Segment(to, first.span(), first.generics()));
        return new Path(p.span(), segs);
      }
    }
    if (r instanceof Pattern.IdentPat ip && ip.sub() == null && !ip.byRef() && !ip.mutable()) {
      // A unit struct or constant named in a pattern (`S => ..`) is parsed as a binding.
      String to = env.get(ip.name());
      if (to != null) return new Pattern.IdentPat(ip.id(), ip.span(), to, false, false, null);
    }
    return r;
  }

  /** The names this block's own items take: those that another item of the crate shares. */
  private Map<String, String> scope(Expr.Block b, Map<String, String> env) {
    Map<String, String> inner = null;
    for (Stmt s : b.stmts()) {
      if (!(s instanceof Stmt.ItemStmt is)) continue;
      String name = Item.nameOf(is.item());
      if (name == null || counts.getOrDefault(name, 0) < 2) continue;
      String to = name + MARK + (++next);
      renamed.put(is.item(), to);
      if (inner == null) inner = new HashMap<>(env);
      inner.put(name, to);
    }
    return inner == null ? env : inner;
  }

  /** The record n with its components rewritten (and its own name, for a renamed item). */
  private Object rebuild(Object n, Map<String, String> env) {
    RecordComponent[] rcs = n.getClass().getRecordComponents();
    Object[] vals = new Object[rcs.length];
    boolean changed = false;
    String newName = n instanceof Item it ? renamed.get(it) : null;
    for (int i = 0; i < rcs.length; i++) {
      Object v = get(rcs[i], n);
      Object w = v;
      if (newName != null && rcs[i].getName().equals("name")) w = newName;
      else if (!skip(rcs[i].getType())) w = rewrite(v, env);
      vals[i] = w;
      changed |= w != v;
    }
    if (!changed) return n;
    try {
      Class<?>[] types = new Class<?>[rcs.length];
      for (int i = 0; i < rcs.length; i++) types[i] = rcs[i].getType();
      Constructor<?> c = n.getClass().getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(vals);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> components(Object n) {
    List<Object> out = new ArrayList<>();
    for (RecordComponent rc : n.getClass().getRecordComponents()) {
      if (!skip(rc.getType())) out.add(get(rc, n));
    }
    return out;
  }

  private static boolean skip(Class<?> c) {
    return c.isPrimitive() || c == String.class || c.isEnum() || c == Span.class;
  }

  private static boolean isAst(Object n) {
    return n.getClass().isRecord() && n.getClass().getPackageName().equals("rustle.ast");
  }

  private static Object get(RecordComponent rc, Object n) {
    try {
      java.lang.reflect.Method m = rc.getAccessor();
      m.setAccessible(true);
      return m.invoke(n);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
