package rustle.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import rustle.syntax.gen.RustLexer;

/** How rustc names tokens in syntax errors: {@code keyword `fn`}, {@code `;`}, "an operator". */
final class TokenNames {
  private static final String[] CONTEXTUAL = {"macro_rules", "matches", "union", "auto", "default"};
  private static final String[] OPERATORS = {
    "+", "-", "*", "/", "%", "^", "&", "|", "&&", "||", "<<", "<", ">", "<=", "==", "!=", "=", "+=", "-=",
    "*=", "/=", "%=", "^=", "&=", "|=", "<<=", "as", "..", "..=", "...", "(", "["
  };

  private TokenNames() {}

  /** The found token as rustc describes it. */
  static String describe(Token t) {
    if (t.getType() == Token.EOF) return "`<eof>`";
    String lit = Tok.literal(t.getType());
    if (lit != null && Character.isLetter(lit.charAt(0)) && !isContextual(lit)) {
      return "keyword `" + lit + "`";
    }
    String text = t.getText();
    if (text.length() > 40) text = text.substring(0, 37) + "...";
    return "`" + text + "`";
  }

  private static boolean isContextual(String lit) {
    for (String c : CONTEXTUAL) if (c.equals(lit)) return true;
    return false;
  }

  /** Whether the token is a keyword that a name must follow, as in {@code fn name}. */
  static boolean namesNext(Token t) {
    String lit = Tok.literal(t.getType());
    return lit != null && switch (lit) {
      case "fn", "struct", "enum", "trait", "mod", "type", "static", "macro_rules" -> true;
      default -> false;
    };
  }

  /** Whether an expression can end with this token, so that a semicolon may be missing after it. */
  static boolean endsExpression(Token t) {
    String lit = Tok.literal(t.getType());
    if (lit == null) return t.getType() != RustLexer.LIFETIME;
    return switch (lit) {
      case ")", "]", "?", "self", "Self", "true", "false", "break", "continue", "return" -> true;
      default -> isContextual(lit);
    };
  }

  private static boolean has(IntervalSet s, String literal) {
    return s.contains(Tok.type(literal));
  }

  /** A one-word summary when the expected set is that of a whole syntactic category, else null. */
  static String category(IntervalSet s) {
    if (s.contains(RustLexer.INTEGER_LITERAL) && has(s, "(") && s.contains(RustLexer.IDENT) && has(s, "!")) {
      return "expression";
    }
    if (has(s, "fn") && has(s, "struct") && has(s, "impl")) return "item";
    if (has(s, "dyn") && has(s, "&")) return "type";
    if (has(s, "ref") && has(s, "_")) return "pattern";
    boolean onlyIdent = s.contains(RustLexer.IDENT);
    for (int t : s.toArray()) {
      if (t != RustLexer.IDENT && t != RustLexer.RAW_IDENT && !isContextual(String.valueOf(Tok.literal(t)))) {
        onlyIdent = false;
      }
    }
    return onlyIdent ? "identifier" : null;
  }

  /** The expected tokens, sorted as rustc sorts them, operators folded into "an operator". */
  static List<String> names(IntervalSet s) {
    boolean operators = has(s, "+") && has(s, "*");
    TreeSet<String> quoted = new TreeSet<>();
    TreeSet<String> words = new TreeSet<>();
    for (int t : s.toArray()) {
      if (t == Token.EOF) {
        words.add("<eof>");
        continue;
      }
      if (t == Token.EPSILON) continue;
      String lit = Tok.literal(t);
      if (lit == null || isContextual(lit)) {
        if (t == RustLexer.IDENT || t == RustLexer.RAW_IDENT || lit != null) words.add("identifier");
        else if (t == RustLexer.LIFETIME) words.add("lifetime");
        else if (t == RustLexer.INTEGER_LITERAL || t == RustLexer.STRING_LITERAL) words.add("literal");
        continue;
      }
      if (operators && isOperator(lit)) continue;
      quoted.add("`" + lit + "`");
    }
    List<String> out = new ArrayList<>(quoted);
    out.addAll(words);
    if (operators) out.add("an operator");
    return out;
  }

  private static boolean isOperator(String lit) {
    for (String o : OPERATORS) if (o.equals(lit)) return true;
    return false;
  }

  /** "expected one of `a`, `b`, or `c`" ("`a` or `b`" for two). */
  static String oneOf(List<String> names) {
    StringBuilder sb = new StringBuilder("expected one of ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) sb.append(names.size() == 2 ? " " : ", ");
      if (i == names.size() - 1) sb.append("or ");
      sb.append(names.get(i));
    }
    return sb.toString();
  }
}
