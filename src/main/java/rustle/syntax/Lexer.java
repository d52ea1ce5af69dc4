package rustle.syntax;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import rustle.syntax.gen.RustLexer;
import rustle.syntax.gen.RustParser;

/**
 * The lexer of Rust.g4's lexer rules, written out by hand: the tokens (types, indices, lines) that
 * ANTLR's generated {@code RustLexer} makes, without its ATN. That lexer deserialised its state machine
 * at every start (~7 ms of CPU, which the parse waited for) and then simulated it cold for the first
 * tokens (~3.5 ms of a hello world's pipeline thread). The rules are ANTLR's: at each position the
 * longest match of any rule, the earlier rule on a tie (the grammar's literal tokens come first, so
 * {@code fn} is the keyword and {@code fnord} an IDENT); WS and comments are skipped. LexerTest
 * compares it with RustLexer on the test programs and on random text; a change to the grammar's lexer
 * rules must be made here too.
 */
final class Lexer implements TokenSource {
  /** The grammar's literal tokens (keywords and punctuation) by their text. */
  private static final Map<String, Integer> LITERALS = new HashMap<>();

  static {
    var vocab = RustParser.VOCABULARY; // the parser's: the lexer's class would deserialise its ATN
    for (int t = 1; t <= vocab.getMaxTokenType(); t++) {
      String l = vocab.getLiteralName(t);
      if (l == null) continue;
      String text = l.substring(1, l.length() - 1);
      if (isWordStart(text.charAt(0))) {
        for (int k = 0; k < text.length(); k++) {
          if (!isWordPart(text.charAt(k))) throw new IllegalStateException("literal token " + l + " is not a word");
        }
      } else if (text.length() > 3) {
        throw new IllegalStateException("literal token " + l + " is longer than 3 characters");
      }
      LITERALS.put(text, t);
    }
  }

  private final CharStream input;
  private final int[] cp;
  private final int n;
  private final Pair<TokenSource, CharStream> source;
  private int pos;
  private int line = 1;
  private int column;
  // The best match at the current position: its length and type (see offer).
  private int bestLen;
  private int bestType;
  // BLOCK_COMMENT's ends by start position (memo of blockEnd), for nested comments.
  private Map<Integer, Integer> commentEnds;

  Lexer(CharStream input, String text) {
    this.input = input;
    int[] points = new int[text.length()];
    int k = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      points[k++] = c;
      i += Character.charCount(c);
    }
    this.cp = points;
    this.n = k;
    this.source = new Pair<>(this, input);
  }

  @Override
  public Token nextToken() {
    while (true) {
      if (pos >= n) {
        return CommonTokenFactory.DEFAULT.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, pos, pos - 1, line, column);
      }
      int start = pos;
      match(start);
      int end = start + bestLen;
      int type = bestType;
      Token t = type == RustLexer.WS || type == RustLexer.LINE_COMMENT || type == RustLexer.BLOCK_COMMENT ? null
          : CommonTokenFactory.DEFAULT.create(source, type, null, Token.DEFAULT_CHANNEL, start, end - 1, line, column);
      for (int i = start; i < end; i++) {
        if (cp[i] == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      }
      pos = end;
      if (t != null) return t;
    }
  }

  /** Sets bestLen and bestType to the token at i (there is always one: UNKNOWN_CHAR). */
  private void match(int i) {
    bestLen = 1;
    bestType = RustLexer.UNKNOWN_CHAR;
    int c = cp[i];
    if (c >= '0' && c <= '9') {
      offer(number(i), RustLexer.INTEGER_LITERAL);
      offer(floatEnd(i) - i, RustLexer.FLOAT_LITERAL);
      return;
    }
    if (isXidStart(c) || c == '_') {
      int end = identEnd(i);
      if (end > i) {
        Integer kw = LITERALS.get(text(i, end));
        offer(end - i, kw != null ? kw : RustLexer.IDENT);
      }
      if (c == '_') offer(1, LITERALS.get("_"));
      if (c == 'b') {
        if (at(i + 1) == '\'') offer(charEnd(i + 1) - i, RustLexer.BYTE_LITERAL);
        if (at(i + 1) == '"') {
          offer(stringEnd(i + 1) - i, RustLexer.BYTE_STRING_LITERAL);
          offer(unterminatedEnd(i + 1) - i, RustLexer.UNTERMINATED_STRING);
        }
        if (at(i + 1) == 'r') offer(rawEnd(i + 2) - i, RustLexer.RAW_BYTE_STRING_LITERAL);
      } else if (c == 'r') {
        offer(rawEnd(i + 1) - i, RustLexer.RAW_STRING_LITERAL);
        if (at(i + 1) == '#' && (isXidStart(at(i + 2)) || at(i + 2) == '_')) {
          offer(continueEnd(i + 3) - i, RustLexer.RAW_IDENT);
        }
      }
      return;
    }
    switch (c) {
      case '\'':
        offer(charEnd(i) - i, RustLexer.CHAR_LITERAL);
        offer(wideCharEnd(i) - i, RustLexer.CHAR_LITERAL);
        if (isXidStart(at(i + 1)) || at(i + 1) == '_') offer(continueEnd(i + 2) - i, RustLexer.LIFETIME);
        return;
      case '"':
        offer(stringEnd(i) - i, RustLexer.STRING_LITERAL);
        offer(unterminatedEnd(i) - i, RustLexer.UNTERMINATED_STRING);
        return;
      case '/':
        if (at(i + 1) == '/') {
          int e = i + 2;
          while (e < n && cp[e] != '\n' && cp[e] != '\r') e++;
          offer(e - i, RustLexer.LINE_COMMENT);
        } else if (at(i + 1) == '*') {
          offer(blockEnd(i) - i, RustLexer.BLOCK_COMMENT);
          offer(itemsEnd(i + 2) - i, RustLexer.UNTERMINATED_BLOCK_COMMENT);
        }
        break;
      default:
        if (isWs(c)) {
          int e = i + 1;
          while (e < n && isWs(cp[e])) e++;
          offer(e - i, RustLexer.WS);
          return;
        }
    }
    // Punctuation: the longest literal token (at most three characters).
    for (int len = Math.min(3, n - i); len >= 1; len--) {
      Integer t = LITERALS.get(text(i, i + len));
      if (t != null) {
        offer(len, t);
        return;
      }
    }
  }

  /** Takes a match of len characters (len <= 0: none) if it is longer, or as long and of an earlier rule. */
  private void offer(int len, int type) {
    if (len > bestLen || len == bestLen && len > 0 && type < bestType) {
      bestLen = len;
      bestType = type;
    }
  }

  private int at(int i) {
    return i < n ? cp[i] : -1;
  }

  private String text(int from, int to) {
    return new String(cp, from, to - from);
  }

  // ---- numbers

  private int digitsEnd(int i) {
    while (i < n && (isDigit(cp[i]) || cp[i] == '_')) i++;
    return i;
  }

  /** NUM_SUFFIX from i if there is one, else i. */
  private int suffixEnd(int i) {
    if (!isAsciiLetter(at(i))) return i;
    i++;
    while (i < n && (isAsciiLetter(cp[i]) || isDigit(cp[i]) || cp[i] == '_')) i++;
    return i;
  }

  /** INTEGER_LITERAL's length at i (a digit there). */
  private int number(int i) {
    int end = suffixEnd(digitsEnd(i + 1));
    if (cp[i] == '0') {
      int k = at(i + 1);
      if (k == 'x') {
        int e = i + 2;
        while (e < n && (isHex(cp[e]) || cp[e] == '_')) e++;
        int c = at(e);
        if (c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z') e = suffixEnd(e);
        end = Math.max(end, e);
      } else if (k == 'o' || k == 'b') {
        end = Math.max(end, suffixEnd(digitsEnd(i + 2)));
      }
    }
    return end - i;
  }

  /** FLOAT_LITERAL's end at i (a digit there), or -1 when it does not match. */
  private int floatEnd(int i) {
    int d = digitsEnd(i + 1);
    int best = -1;
    if (at(d) == '.' && isDigit(at(d + 1))) {
      int d2 = digitsEnd(d + 2);
      best = Math.max(suffixEnd(d2), suffixEnd(exponentEnd(d2)));
    }
    int e = exponentEnd(d);
    if (e > d) best = Math.max(best, suffixEnd(e));
    return best;
  }

  /** EXPONENT's end at i, or i when there is none. */
  private int exponentEnd(int i) {
    int c = at(i);
    if (c != 'e' && c != 'E') return i;
    int e = i + 1;
    if (at(e) == '+' || at(e) == '-') e++;
    while (at(e) == '_') e++;
    if (!isDigit(at(e))) return i;
    return digitsEnd(e + 1);
  }

  // ---- characters, strings

  /** The end of {@code '\'' CHAR_BODY '\''} at i (a quote there), or -1. */
  private int charEnd(int i) {
    int c = at(i + 1);
    if (c < 0) return -1;
    if (c != '\\') {
      if (c == '\'' || c == '\n' || c == '\r') return -1;
      return at(i + 2) == '\'' ? i + 3 : -1;
    }
    int e = at(i + 2);
    if (e < 0 || e == '\n' || e == '\r') return -1;
    int k = i + 3;
    while (k < n && (isHex(cp[k]) || cp[k] == '{' || cp[k] == '}' || cp[k] == '_')) k++;
    return at(k) == '\'' ? k + 1 : -1;
  }

  /** The end of {@code '\'' XID_CONTINUE XID_CONTINUE+ '\''} at i, or -1. */
  private int wideCharEnd(int i) {
    int e = continueEnd(i + 1);
    return e - (i + 1) >= 2 && at(e) == '\'' ? e + 1 : -1;
  }

  /** The end of {@code '"' STRING_BODY* '"'} at i (a quote there), or -1. */
  private int stringEnd(int i) {
    int k = i + 1;
    while (k < n) {
      int c = cp[k];
      if (c == '"') return k + 1;
      if (c == '\\') {
        if (k + 1 >= n) return -1;
        k += 2;
      } else {
        k++;
      }
    }
    return -1;
  }

  /** The end of {@code '"' STRING_BODY*} at i: up to the closing quote or the end. */
  private int unterminatedEnd(int i) {
    int k = i + 1;
    while (k < n) {
      int c = cp[k];
      if (c == '"') return k;
      if (c == '\\') {
        if (k + 1 >= n) return k;
        k += 2;
      } else {
        k++;
      }
    }
    return k;
  }

  /** The end of RAW_BODY at i (0 to 4 '#', a quote, up to the first quote and as many '#'), or -1. */
  private int rawEnd(int i) {
    int hashes = 0;
    while (at(i + hashes) == '#') hashes++;
    if (hashes > 4 || at(i + hashes) != '"') return -1;
    for (int k = i + hashes + 1; k < n; k++) {
      if (cp[k] != '"') continue;
      int h = 0;
      while (h < hashes && at(k + 1 + h) == '#') h++;
      if (h == hashes) return k + 1 + hashes;
    }
    return -1;
  }

  // ---- identifiers

  /** IDENT's end at i, or i. */
  private int identEnd(int i) {
    int c = cp[i];
    if (c == '_') {
      int e = continueEnd(i + 1);
      return e > i + 1 ? e : i;
    }
    return isXidStart(c) ? continueEnd(i + 1) : i;
  }

  private int continueEnd(int i) {
    while (i < n && isXidContinue(cp[i])) i++;
    return i;
  }

  // ---- block comments, which nest

  /** BLOCK_COMMENT's end at i ("/*" there), or -1. */
  private int blockEnd(int i) {
    if (at(i) != '/' || at(i + 1) != '*') return -1;
    if (commentEnds == null) commentEnds = new HashMap<>();
    Integer memo = commentEnds.get(i);
    if (memo != null) return memo;
    int end = -1;
    // COMMENT_ITEM* can stop anywhere between items: the comment ends at the first '*'+ '/' after one.
    int q = i + 2;
    while (true) {
      int stars = q;
      while (stars < n && cp[stars] == '*') stars++;
      if (stars > q && at(stars) == '/') {
        end = stars + 1;
        break;
      }
      int next = itemEnd(q);
      if (next < 0) break;
      q = next;
    }
    commentEnds.put(i, end);
    return end;
  }

  /** The end of COMMENT_ITEM* from i: items taken while one matches. */
  private int itemsEnd(int i) {
    int q = i;
    while (true) {
      int next = itemEnd(q);
      if (next < 0) return q;
      q = next;
    }
  }

  /**
   * The end of one COMMENT_ITEM at q, or -1: a nested comment, a character other than '*' and '/',
   * slashes and then one of those or a nested comment, stars and then a character other than '*', '/'.
   */
  private int itemEnd(int q) {
    int c = at(q);
    if (c < 0) return -1;
    if (c == '/') {
      int nested = blockEnd(q);
      if (nested >= 0) return nested;
      int s = q;
      while (at(s) == '/') s++;
      int after = at(s);
      if (after >= 0 && after != '*') return s + 1; // after is not '/' either: s ends the run
      if (after == '*' && s - 1 > q) return blockEnd(s - 1); // "//*": slashes, then a nested comment
      return -1;
    }
    if (c == '*') {
      int s = q;
      while (at(s) == '*') s++;
      int after = at(s);
      return after >= 0 && after != '/' ? s + 1 : -1;
    }
    return q + 1;
  }

  // ---- character classes

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isAsciiLetter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isXidStart(int c) {
    return isAsciiLetter(c) || c >= 0x80 && XidSets.isStart(c);
  }

  private static boolean isXidContinue(int c) {
    return isAsciiLetter(c) || isDigit(c) || c == '_' || c >= 0x80 && XidSets.isContinue(c);
  }

  private static boolean isWordStart(char c) {
    return isAsciiLetter(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '_';
  }

  private static boolean isWs(int c) {
    switch (c) {
      case ' ': case '\t': case '\r': case '\n': case 0x0B: case 0x0C: case 0x85: case 0x200E: case 0x200F:
      case 0x2028: case 0x2029: case 0xFEFF:
        return true;
      default:
        return false;
    }
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return column;
  }

  @Override
  public CharStream getInputStream() {
    return input;
  }

  @Override
  public String getSourceName() {
    return input.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    throw new UnsupportedOperationException("the lexer makes CommonTokens");
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return CommonTokenFactory.DEFAULT;
  }
}
