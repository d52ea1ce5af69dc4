package rustle.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import rustle.syntax.gen.RustParser;

/**
 * The parser's prediction with one decision made by hand: an {@code else} after an if-expression's
 * block belongs to that if, as in rustc. The grammar alone cannot say so in one token: the else of a
 * let-else may follow an initializer that ends in an if-expression, and SLL prediction takes a rule's
 * follow from every use, so both choices stayed viable and {@code let x = if c { a } else { b };} was
 * read to the end of the function (72 tokens, ~70 ms of a 22-line parse). A let-else whose initializer
 * ends in {@code }} is rejected afterwards with rustc's error (BlockBuilder), as rustc does.
 */
final class GreedyElse extends ParserATNSimulator {
  /** The token type of {@code else}, a literal token of the grammar with no name of its own. */
  private static final int ELSE = literalType("'else'");

  GreedyElse(RustParser parser, ParserATNSimulator base) {
    super(parser, parser.getATN(), base.decisionToDFA, base.getSharedContextCache());
  }

  @Override
  public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
    // ifExpr's decisions are its optional else (alternative 1 takes it) and else's block-or-if, which
    // never sees `else` first.
    if (input.LA(1) == ELSE && atn.decisionToState.get(decision).ruleIndex == RustParser.RULE_ifExpr) {
      return 1;
    }
    return super.adaptivePredict(input, decision, outerContext);
  }

  private static int literalType(String literal) {
    for (int t = 1; t <= RustParser.VOCABULARY.getMaxTokenType(); t++) {
      if (literal.equals(RustParser.VOCABULARY.getLiteralName(t))) return t;
    }
    throw new IllegalStateException("no token " + literal);
  }
}
