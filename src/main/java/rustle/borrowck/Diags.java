package rustle.borrowck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustle.diag.Diagnostic;

/**
 * The errors of one body, buffered as rustc buffers them: each (place, span) is reported once, and
 * they come out sorted by primary span.
 */
final class Diags {
  private final List<Diagnostic> list = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  /** Whether key was already reported; marks it reported. */
  boolean seen(String key) {
    return !keys.add(key);
  }

  void add(Diagnostic d) {
    list.add(d);
  }

  List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(BY_SPAN_THEN_CODE);
    return out;
  }

  /** By primary span, then code; a class, not a lambda chain, as every run sorts (start-up cost). */
  private static final Comparator<Diagnostic> BY_SPAN_THEN_CODE = new Comparator<>() {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = Integer.compare(a.primary().start(), b.primary().start());
      return c != 0 ? c : a.code().compareTo(b.code());
    }
  };
}
