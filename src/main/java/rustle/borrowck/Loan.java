package rustle.borrowck;

import rustle.ast.Span;

/** One borrow site (rustc's BorrowData): the borrowed place, shared or mutable, and where it was written. */
record Loan(int index, Place place, boolean mutable, Span span, Rvalue.RefKind kind) {}
