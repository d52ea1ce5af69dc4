package rustle.ast;

/** Every AST node has a crate-unique id (the key of the side tables analyses build) and a span. */
public interface Node {
  int id();

  Span span();
}
