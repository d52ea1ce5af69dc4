package rustle.syntax;

import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import rustle.ast.Span;
import rustle.diag.Diagnostic;
import rustle.diag.Errors;

/**
 * Error handling for the second, full-LL parse: the first syntax error becomes a rustc-style
 * diagnostic ("expected one of `;` or an operator, found `x`") and parsing stops there.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  /** Thrown to stop the parse at the first error; ANTLR's generated rules do not catch it. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    Abort(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  private final LineMap lines;
  /** The token index at which {@code nextTokensContext} was recorded, or -1. */
  private int contextTokenIndex = -1;

  SyntaxErrorStrategy(LineMap lines) {
    this.lines = lines;
  }

  @Override
  public void sync(Parser p) throws RecognitionException {
    try {
      super.sync(p);
    } finally {
      if (nextTokensContext == null) contextTokenIndex = -1;
      else if (contextTokenIndex == -1) contextTokenIndex = p.getInputStream().index();
    }
  }

  @Override
  public void reportError(Parser p, RecognitionException e) {
    Token found = e.getOffendingToken() != null ? e.getOffendingToken() : p.getCurrentToken();
    IntervalSet expected = e.getExpectedTokens();
    if (expected == null) expected = new IntervalSet();
    if (nextTokensContext != null && contextTokenIndex == found.getTokenIndex()) {
      // The innermost loop that could have gone on at this token knows the most about what fits.
      expected = expected.or(p.getATN().getExpectedTokens(nextTokensState, nextTokensContext));
    }
    throw new Abort(diagnostic(p.getInputStream(), found, expected));
  }

  @Override
  protected void reportUnwantedToken(Parser p) {
    throw new Abort(diagnostic(p.getInputStream(), p.getCurrentToken(), expectedHere(p)));
  }

  @Override
  protected void reportMissingToken(Parser p) {
    throw new Abort(diagnostic(p.getInputStream(), p.getCurrentToken(), expectedHere(p)));
  }

  /** What may come at the current token, from the earliest pending loop exit if it is still current. */
  private IntervalSet expectedHere(Parser p) {
    if (nextTokensContext != null && contextTokenIndex == p.getInputStream().index()) {
      return p.getATN().getExpectedTokens(nextTokensState, nextTokensContext);
    }
    return p.getExpectedTokens();
  }

  private Span span(Token t) {
    if (t.getType() == Token.EOF) return lines.span(lines.length(), lines.length());
    return lines.span(t.getStartIndex(), t.getStopIndex() + 1);
  }

  private Diagnostic diagnostic(TokenStream tokens, Token found, IntervalSet expected) {
    String foundText = TokenNames.describe(found);
    Token previous = found.getTokenIndex() > 0 ? tokens.get(found.getTokenIndex() - 1) : null;
    if (expected.contains(Tok.SEMI) && previous != null && previous.getLine() < found.getLine()
        && TokenNames.endsExpression(previous)) {
      // rustc's missing-semicolon form: point just after the previous token.
      Span after = lines.span(previous.getStopIndex() + 1, previous.getStopIndex() + 1);
      return Errors.error("expected `;`, found " + foundText, after, null)
          .withHelp(new Diagnostic.Help("add `;` here", after, ";"))
          .withLabel(span(found), "unexpected token");
    }
    if (previous != null && TokenNames.namesNext(previous) && TokenNames.describe(found).startsWith("keyword")) {
      return Errors.error("expected identifier, found " + foundText, span(found),
          "expected identifier, found keyword");
    }
    String what = TokenNames.category(expected);
    if (what != null) {
      return Errors.error("expected " + what + ", found " + foundText, span(found), "expected " + what);
    }
    List<String> names = TokenNames.names(expected);
    if (names.isEmpty()) {
      return Errors.error("unexpected token: " + foundText, span(found), "unexpected token");
    }
    if (names.size() == 1) {
      return Errors.error("expected " + names.get(0) + ", found " + foundText, span(found),
          "expected " + names.get(0));
    }
    String list = TokenNames.oneOf(names);
    String label = names.size() > 6 ? "expected one of " + names.size() + " possible tokens" : list;
    return Errors.error(list + ", found " + foundText, span(found), label);
  }
}
