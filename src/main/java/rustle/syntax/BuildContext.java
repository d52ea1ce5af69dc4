package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/** The state one AST build shares: the node id counter, span computation and the errors found. */
final class BuildContext {
  private final LineMap lines;
  private int nextId;
  final List<Diagnostic> errors = new ArrayList<>();
  /** What each item, method and field was declared visible as (see {@link rustle.ast.Crate#visibility}). */
  final java.util.Map<Object, String> visibility = new java.util.HashMap<>();
  /** Whether some block declares an item: only then can two items' names clash (BlockItemNames). */
  boolean blockItems;

  BuildContext(LineMap lines) {
    this(lines, 0);
  }

  /** Ids start at firstId, so that two crates (the prelude and the program) never share an id. */
  BuildContext(LineMap lines, int firstId) {
    this.lines = lines;
    this.nextId = firstId;
  }

  /** A fresh crate-unique node id. */
  int id() {
    return nextId++;
  }

  /** Records key's `pub`, `pub(crate)`, ... (nothing for a private one). */
  void visibility(Object key, org.antlr.v4.runtime.ParserRuleContext vis) {
    if (vis == null) return;
    String t = vis.getText();
    visibility.put(key, t.equals("pub") ? "pub" : t.contains("crate") ? "crate" : t.contains("super") ? "super"
        : t.contains("self") ? "self" : "in");
  }

  int nodeCount() {
    return nextId;
  }

  Span span(Token t) {
    return lines.span(t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** From the start of a to the end of b. */
  Span span(Token a, Token b) {
    return lines.span(a.getStartIndex(), Math.max(a.getStartIndex(), b.getStopIndex() + 1));
  }

  Span span(ParseTree t) {
    if (t instanceof TerminalNode n) return span(n.getSymbol());
    ParserRuleContext c = (ParserRuleContext) t;
    if (c.stop == null || c.stop.getTokenIndex() < c.start.getTokenIndex()) {
      return lines.span(c.start.getStartIndex(), c.start.getStartIndex());
    }
    return span(c.start, c.stop);
  }

  /** From the start of a to the end of b. */
  Span span(ParseTree a, ParseTree b) {
    return span(a).to(span(b));
  }

  /** Code points [start, end) of the source. */
  Span spanOf(int start, int end) {
    return lines.span(start, end);
  }

  void error(Diagnostic d) {
    errors.add(d);
  }

  void error(String message, Span span, String label) {
    errors.add(Errors.error(message, span, label));
  }

  void unsupported(String what, Span span) {
    errors.add(Errors.unsupported(what, span));
  }
}
