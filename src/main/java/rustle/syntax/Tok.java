package rustle.syntax;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import rustle.syntax.gen.RustParser;

/** Token types of the grammar's punctuation, looked up by their text, and small parse-tree tests. */
final class Tok {
  // The parser's (the same): RustLexer's class would deserialise the lexer's ATN, which Lexer does without.
  static final Vocabulary VOCAB = RustParser.VOCABULARY;
  static final int LPAREN = type("(");
  static final int RPAREN = type(")");
  static final int LBRACKET = type("[");
  static final int RBRACKET = type("]");
  static final int LBRACE = type("{");
  static final int RBRACE = type("}");
  static final int SEMI = type(";");

  private Tok() {}

  /** The type of the token written as literal in the grammar. */
  static int type(String literal) {
    String quoted = "'" + literal + "'";
    for (int i = 1; i <= VOCAB.getMaxTokenType(); i++) {
      if (quoted.equals(VOCAB.getLiteralName(i))) return i;
    }
    throw new IllegalStateException("no token " + literal);
  }

  /** The literal text of a token type such as {@code fn}, or null for named tokens (IDENT, ...). */
  static String literal(int type) {
    String l = VOCAB.getLiteralName(type);
    return l == null ? null : l.substring(1, l.length() - 1);
  }

  static boolean is(ParseTree t, String text) {
    return t instanceof TerminalNode n && n.getSymbol().getText().equals(text);
  }

  static boolean isType(ParseTree t, int type) {
    return t instanceof TerminalNode n && n.getSymbol().getType() == type;
  }

  /** Whether the node has a direct child token with this text. */
  static boolean has(ParseTree node, String text) {
    return child(node, text) != null;
  }

  /** The direct child token with this text, or null. */
  static Token child(ParseTree node, String text) {
    for (int i = 0; i < node.getChildCount(); i++) {
      if (is(node.getChild(i), text)) return ((TerminalNode) node.getChild(i)).getSymbol();
    }
    return null;
  }

  /** The first direct child token of the type, or null. */
  static Token childOfType(ParseTree node, int type) {
    for (int i = 0; i < node.getChildCount(); i++) {
      if (isType(node.getChild(i), type)) return ((TerminalNode) node.getChild(i)).getSymbol();
    }
    return null;
  }

  /** Whether b starts right where a ends, as in the two tokens of {@code >>}. */
  static boolean adjacent(Token a, Token b) {
    return a.getStopIndex() + 1 == b.getStartIndex();
  }
}
