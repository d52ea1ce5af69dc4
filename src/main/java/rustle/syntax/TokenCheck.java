package rustle.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.antlr.v4.runtime.Token;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.syntax.gen.RustLexer;

/**
 * rustc's token-tree pass, run before parsing: the first lexical error (unknown character,
 * unterminated string or comment) or unbalanced delimiter, in source order, as rustc reports it.
 */
final class TokenCheck {
  private final LineMap lines;
  /** The deepest delimiter seen, for pointing at excessive nesting. */
  private Token deepest;
  private int maxDepth;

  TokenCheck(LineMap lines) {
    this.lines = lines;
  }

  Span span(Token t) {
    return lines.span(t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** The opening delimiter nested deepest, or null if there is none. */
  Token deepest() {
    return deepest;
  }

  Diagnostic firstError(List<Token> tokens) {
    Deque<Token> open = new ArrayDeque<>();
    // The last delimiter pair closed at each depth, for rustc's hint on an unexpected closer.
    List<Token[]> lastClosed = new ArrayList<>();
    for (Token t : tokens) {
      int type = t.getType();
      if (type == RustLexer.UNKNOWN_CHAR) {
        return Errors.error("unknown start of token: " + escape(t.getText()), span(t), null);
      } else if (type == RustLexer.UNTERMINATED_STRING) {
        boolean bytes = t.getText().startsWith("b");
        return Errors.coded(bytes ? "E0766" : "E0765",
            "unterminated double quote " + (bytes ? "byte string" : "string"), span(t), null);
      } else if (type == RustLexer.UNTERMINATED_BLOCK_COMMENT) {
        return Errors.coded("E0758", "unterminated block comment", span(t), null);
      } else if (type == Tok.LPAREN || type == Tok.LBRACKET || type == Tok.LBRACE) {
        open.push(t);
        if (open.size() > maxDepth) {
          maxDepth = open.size();
          deepest = t;
        }
      } else if (type == Tok.RPAREN || type == Tok.RBRACKET || type == Tok.RBRACE) {
        if (open.isEmpty()) return unexpectedCloser(t, lastClosed.isEmpty() ? null : lastClosed.get(0));
        Token top = open.peek();
        if (closerOf(top.getType()) != type) return mismatched(top, t, open);
        open.pop();
        while (lastClosed.size() <= open.size()) lastClosed.add(null);
        lastClosed.set(open.size(), new Token[] {top, t});
      } else if (type == Token.EOF && !open.isEmpty()) {
        return unclosed(t, open);
      }
    }
    return null;
  }

  private static int closerOf(int opener) {
    if (opener == Tok.LPAREN) return Tok.RPAREN;
    if (opener == Tok.LBRACKET) return Tok.RBRACKET;
    return Tok.RBRACE;
  }

  private Diagnostic unexpectedCloser(Token t, Token[] previousPair) {
    Diagnostic d = Errors.error("unexpected closing delimiter: `" + t.getText() + "`", span(t),
        "unexpected closing delimiter");
    if (previousPair != null && previousPair[0].getType() == Tok.LBRACE) {
      d = d.withLabel(span(previousPair[0]), "this opening brace...")
          .withLabel(span(previousPair[1]), "...matches this closing brace");
    }
    return d;
  }

  private Diagnostic mismatched(Token opener, Token closer, Deque<Token> open) {
    Diagnostic d = Errors.error("mismatched closing delimiter: `" + closer.getText() + "`", span(opener),
        "unclosed delimiter").withLabel(span(closer), "mismatched closing delimiter");
    for (Token outer : open) {
      if (outer != opener && closerOf(outer.getType()) == closer.getType()) {
        return d.withLabel(span(outer), "closing delimiter possibly meant for this");
      }
    }
    return d;
  }

  private Diagnostic unclosed(Token eof, Deque<Token> open) {
    List<Diagnostic.Label> labels = new ArrayList<>();
    int shown = 0;
    // Like rustc: the first five are labelled one by one, the rest summed up at the sixth.
    for (Iterator<Token> it = open.descendingIterator(); it.hasNext(); ) {
      Token t = it.next();
      if (shown == 5 && open.size() > 6) {
        labels.add(new Diagnostic.Label(span(t), "another " + (open.size() - 5) + " unclosed delimiters begin from here"));
        break;
      }
      labels.add(new Diagnostic.Label(span(t), "unclosed delimiter"));
      shown++;
    }
    Span end = lines.span(lines.length(), lines.length());
    return new Diagnostic(Diagnostic.Level.ERROR, null, "this file contains an unclosed delimiter", end, null,
        List.copyOf(labels), List.of(), List.of());
  }

  /** A character as rustc's {@code char::escape_default} shows it. */
  static String escape(String s) {
    int c = s.codePointAt(0);
    if (c >= 0x20 && c < 0x7f) return Character.toString(c);
    if (c == '\t') return "\\t";
    if (c == '\n') return "\\n";
    if (c == '\r') return "\\r";
    return "\\u{" + Integer.toHexString(c) + "}";
  }
}
