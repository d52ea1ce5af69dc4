package rustle.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustle.ast.Span;

/** All the loans of one body, numbered in the order they were lowered (rustc's BorrowSet). */
final class BorrowSet {
  final List<Loan> loans = new ArrayList<>();

  int add(Place place, boolean mutable, Span span, Rvalue.RefKind kind) {
    loans.add(new Loan(loans.size(), place, mutable, span, kind));
    return loans.size() - 1;
  }

  Loan get(int i) {
    return loans.get(i);
  }

  int size() {
    return loans.size();
  }
}
