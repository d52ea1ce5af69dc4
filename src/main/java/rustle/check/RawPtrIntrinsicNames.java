package rustle.check;

import java.util.Set;

/** The std free functions on raw pointers that rustle implements natively, and which of them are unsafe. */
public final class RawPtrIntrinsicNames {
  private RawPtrIntrinsicNames() {}

  public static final Set<String> ALL = Set.of("ptr::null", "ptr::null_mut", "ptr::read", "ptr::write",
      "slice::from_raw_parts", "slice::from_raw_parts_mut");

  static final Set<String> UNSAFE = Set.of("ptr::read", "ptr::write", "slice::from_raw_parts",
      "slice::from_raw_parts_mut");
}
