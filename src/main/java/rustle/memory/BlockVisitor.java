package rustle.memory;

/** Sees one live heap block: its address, requested size and the site passed when it was allocated. */
@FunctionalInterface
public interface BlockVisitor {
  void visit(int addr, int size, Object site);
}
