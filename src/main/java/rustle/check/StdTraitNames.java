package rustle.check;

import java.util.Set;

/**
 * Whether a bound's trait name names a trait at all: the program's and the prelude's, or one of std's
 * that rustle has no definition of (a marker such as {@code Send}, or {@code AsRef}, kept as today). Any
 * other name is rustc's E0405, where rustle used to drop the bound and run the program.
 */
final class StdTraitNames {
  private StdTraitNames() {}

  /** std's traits (stable, by their last path segment) that a user's bound may name. */
  private static final Set<String> STD = Set.of(
      "Send", "Sync", "Sized", "Unpin", "UnwindSafe", "RefUnwindSafe", "Any", "Fn", "FnMut", "FnOnce",
      "Copy", "Clone", "Default", "Debug", "Display", "Drop", "Eq", "PartialEq", "Ord", "PartialOrd", "Hash",
      "Hasher", "BuildHasher", "Iterator", "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator",
      "FusedIterator", "FromIterator", "Extend", "Sum", "Product", "AsRef", "AsMut", "Borrow", "BorrowMut",
      "ToOwned", "ToString", "From", "Into", "TryFrom", "TryInto", "FromStr", "Deref", "DerefMut", "Index",
      "IndexMut", "Add", "Sub", "Mul", "Div", "Rem", "Neg", "Not", "BitAnd", "BitOr", "BitXor", "Shl", "Shr",
      "AddAssign", "SubAssign", "MulAssign", "DivAssign", "RemAssign", "BitAndAssign", "BitOrAssign",
      "BitXorAssign", "ShlAssign", "ShrAssign", "RangeBounds", "Error", "Write", "Read", "BufRead", "Seek",
      "Binary", "Octal", "LowerHex", "UpperHex", "LowerExp", "UpperExp", "Pointer", "Termination", "Future",
      "IntoFuture", "Step", "SliceIndex", "Pattern", "ToSocketAddrs", "Allocator", "Tuple",
      "Wake", "Coroutine", "Unsize", "CoerceUnsized", "DispatchFromDyn", "PointeeSized", "StructuralPartialEq",
      "Freeze", "ConstParamTy", "Destruct", "AsFd", "AsRawFd");

  static boolean known(String name, Items items) {
    return items.traits.containsKey(name) || STD.contains(name);
  }
}
