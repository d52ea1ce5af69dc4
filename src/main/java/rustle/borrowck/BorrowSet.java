package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;

/** All the loans of one body, numbered in the order they were lowered (rustc's BorrowSet). */
final class BorrowSet {
  final List<Loan> loans = new ArrayList<>();

  private final java.util.Map<Integer, List<Integer>> byLocal = new java.util.HashMap<>();

  int add(Place place, boolean mutable, Span span, Rvalue.RefKind kind) {
    loans.add(new Loan(loans.size(), place, mutable, span, kind));
    byLocal.computeIfAbsent(place.local(), k -> new ArrayList<>()).add(loans.size() - 1);
    return loans.size() - 1;
  }

  /** The loans of places based on local. */
  List<Integer> ofLocal(int local) {
    return byLocal.getOrDefault(local, List.of());
  }

  Loan get(int i) {
    return loans.get(i);
  }

  int size() {
    return loans.size();
  }
}
