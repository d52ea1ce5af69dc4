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
  private final Map<Object, String> names = new IdentityHashMap<>();

  /** Registers span as the site of the user's operation named name (the first name given stays). */
  public void name(Span span, String name) {
    if (span != null && name != null) names.putIfAbsent(span, name);
  }

  /** The user's operation that site stands for, or null when it is not one of them. */
  public String of(Object site) {
    return site == null ? null : names.get(span(site));
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
