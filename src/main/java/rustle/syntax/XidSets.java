package rustle.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.SetTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import rustle.syntax.gen.Xid;

/**
 * Unicode's XID_Start and XID_Continue, which rustc's identifiers are made of, for the lexer's
 * predicates on non-ASCII characters. The sets come from the {@code Xid} grammar, so they are the ANTLR
 * tool's Unicode data as before; they are built on the first non-ASCII identifier character only.
 */
public final class XidSets {
  private XidSets() {}

  /** Built when first used (class initialisation is lazy and thread-safe). */
  private static final class Sets {
    static final IntervalSet START = set(Xid.START);
    static final IntervalSet CONTINUE = set(Xid.CONTINUE);

    /** The character set that the token type's rule matches: its one set transition. */
    private static IntervalSet set(int tokenType) {
      ATN atn = Xid._ATN;
      Deque<ATNState> todo = new ArrayDeque<>();
      todo.add(atn.ruleToStartState[tokenType - 1]);
      Set<ATNState> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        ATNState s = todo.poll();
        if (!seen.add(s)) continue;
        for (Transition t : s.getTransitions()) {
          if (t instanceof SetTransition st && !(t instanceof NotSetTransition)) return st.set;
          if (t.isEpsilon()) todo.add(t.target);
        }
      }
      throw new IllegalStateException("no set in Xid's rule for token type " + tokenType);
    }
  }

  public static boolean isStart(int c) {
    return Sets.START.contains(c);
  }

  public static boolean isContinue(int c) {
    return Sets.CONTINUE.contains(c);
  }
}
