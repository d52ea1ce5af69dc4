package rustle.syntax;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import rustle.ast.Crate;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;
import rustle.diag.SourceFile;
import rustle.syntax.gen.RustParser;
import rustle.syntax.gen.RustParser.CrateContext;

/**
 * Parses Rust source text into the AST. The steps follow rustc: lexing and the delimiter check
 * first, then the parse (fast SLL prediction, and only if that fails a full-LL parse that reports
 * the first syntax error), then building the AST. Never throws: every failure is a diagnostic.
 */
public final class Parser {
  private Parser() {}

  /**
   * Starts loading the parser's state machine (ANTLR deserializes it when its class
   * is initialised, tens of milliseconds in a fresh JVM) on a second thread, so that it overlaps with
   * whatever the caller does before its first {@link #parse}; that parse waits for it if it is not done
   * (the JVM's class initialisation lock). Calling it more than once, or never, is harmless.
   */
  public static void prepare() {
    if (prepared) return;
    prepared = true;
    Thread t = new Thread("rustle-parser-init") { // not a lambda: linking one costs start-up time
      @Override
      public void run() {
        initRecognizers();
      }
    };
    t.setDaemon(true);
    t.start();
  }

  private static volatile boolean prepared;

  private static void initRecognizers() {
    try {
      // Only the parser's: the lexer is written by hand (Lexer), RustLexer's ATN is never needed.
      ClassLoader loader = Parser.class.getClassLoader();
      Class.forName(RustParser.class.getName(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // The parse on the caller's thread initialises them again and reports any failure itself.
    }
  }

  public static ParseResult parse(SourceFile file) {
    return parse(file, 0);
  }

  /** Parses with node ids starting at firstId (the prelude's ids come first). */
  public static ParseResult parse(SourceFile file, int firstId) {
    String text = file.text() == null ? "" : withoutShebang(file.text());
    LineMap lines = new LineMap(text);
    TokenCheck check = new TokenCheck(lines);
    try {
      return parse(text, lines, check, firstId);
    } catch (StackOverflowError e) {
      Token deepest = check.deepest();
      Span at = deepest == null ? lines.span(0, 0) : check.span(deepest);
      return failed(Errors.error("nesting too deep", at, "rustle cannot parse deeper nesting than this"));
    } catch (RuntimeException e) {
      // A bug in the parser must still end as a diagnostic, not a crash of the whole run.
      return failed(Errors.error("internal parser error: " + e, lines.span(0, 0), null));
    }
  }

  private static ParseResult parse(String text, LineMap lines, TokenCheck check, int firstId) {
    CommonTokenStream tokens = new CommonTokenStream(new Lexer(CharStreams.fromString(text), text));
    tokens.fill();
    Diagnostic lexical = check.firstError(tokens.getTokens());
    if (lexical != null) return failed(lexical);

    RustParser parser = new RustParser(tokens);
    parser.removeErrorListeners();
    parser.setInterpreter(new GreedyElse(parser, parser.getInterpreter()));
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    CrateContext tree;
    try {
      tree = parser.crate();
    } catch (ParseCancellationException e) {
      // SLL failed: either a real syntax error or a decision SLL got wrong. Full LL tells which.
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new SyntaxErrorStrategy(lines));
      try {
        tree = parser.crate();
      } catch (SyntaxErrorStrategy.Abort abort) {
        return failed(abort.diagnostic);
      }
    }
    BuildContext cx = new BuildContext(lines, firstId);
    Crate crate = new AstBuilder(cx).crate(tree);
    // The renaming walks the whole tree by reflection, a cost at every start-up: only when it can matter.
    if (cx.blockItems) crate = BlockItemNames.rename(crate);
    return new ParseResult(crate, List.copyOf(cx.errors));
  }

  /** A first line {@code #!...} (not {@code #![attr]}) is a shebang that rustc skips; blank it in place. */
  static String withoutShebang(String text) {
    if (!text.startsWith("#!")) return text;
    int i = 2;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    if (i < text.length() && text.charAt(i) == '[') return text;
    int end = text.indexOf('\n');
    if (end < 0) end = text.length();
    return " ".repeat(end) + text.substring(end);
  }

  private static ParseResult failed(Diagnostic d) {
    return new ParseResult(null, List.of(d));
  }
}
