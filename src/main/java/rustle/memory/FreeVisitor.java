package rustle.memory;

/** Sees one free heap block: its address and full length in bytes. */
@FunctionalInterface
public interface FreeVisitor {
  void visit(int addr, int size);
}
