package rustle.ast;

import java.util.List;

/** A whole program: the items of one source file, plus the number of node ids handed out. */
public record Crate(List<Item> items, int nodeCount) {}
