package rustle.interp.observe;

import java.util.IdentityHashMap;
import java.util.Map;
import rustle.ast.Span;

/**
 * The operations in the user's code that allocate, by the span object the compiled code hands the
 * allocator as its site: a call into std ({@code String::from}), a macro ({@code vec!}, {@code format!}),
 * a clone. Filled while compiling an observed run, read by the heap table as blocks are allocated.
 *
 * <p>Keyed by identity: a prelude span may have the same offsets as a user span, and only the span
 * objects the compiler registered here stand for user operations.
 */
public final class SiteNames {
  private final Map<Object, Named> names = new IdentityHashMap<>();
  /** The registered spans by id (index 0 unused): what a call's heap mark ({@link HeapMarks}) refers to. */
  private final java.util.List<Span> byId = new java.util.ArrayList<>(java.util.List.of(Span.NONE));

  private record Named(String name, int id) {}

  /**
   * Registers span as the site of the user's operation named name (the first name given stays) and
   * returns its id, 0 when there is nothing to register.
   */
  public int name(Span span, String name) {
    if (span == null || name == null) return 0;
    Named n = names.get(span);
    if (n == null) {
      n = new Named(name, byId.size());
      names.put(span, n);
      byId.add(span);
    }
    return n.id;
  }

  /** The user's operation that site stands for, or null when it is not one of them. */
  public String of(Object site) {
    Named n = site == null ? null : names.get(span(site));
    return n == null ? null : n.name;
  }

  /** The span registered with this id, or null. */
  public Span byId(int id) {
    return id > 0 && id < byId.size() ? byId.get(id) : null;
  }

  /** The span a site is or carries, or null. */
  public static Span span(Object site) {
    return site instanceof Span s ? s : site instanceof Wrapped w ? w.span() : null;
  }

  /** A site object that carries the span of the operation (e.g. an RcBox's, for the leak check). */
  public interface Wrapped {
    Span span();
  }
}
