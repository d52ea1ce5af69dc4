package rustle.diag;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import rustle.ast.Span;

/**
 * The one place diagnostics are built: a named constructor per kind of error, in rustc's words
 * (checked against rustc 1.95). Types and tokens arrive as the strings rustc would print, e.g.
 * {@code "Vec<i32>"}, {@code "&str"}, {@code "{integer}"}; tokens as their source text.
 *
 * <p>New kinds (the ownership checker's E0382, E0499, ...) follow the same pattern: a static method
 * named after what went wrong that takes the names, types and spans, and returns
 * {@code coded("E0xxx", message, primarySpan, primaryLabel)} refined with {@code withLabel},
 * {@code withNote}, {@code withHelp}, {@code withSuggestion} and {@code withSub}.
 */
public final class Errors {
  private Errors() {}

  /**
   * A method with {@code where Self: Sized} called on a trait object (rustc gives it no code); sized is
   * the bound's span.
   */
  public static Diagnostic notOnTraitObject(String method, Span at, Span sized) {
    return error("the `" + method + "` method cannot be invoked on a trait object", at, null)
        .withLabel(sized, "this has a `Sized` requirement");
  }

  /** A plain error with no code, primary span and label. */
  public static Diagnostic error(String message, Span span, String label) {
    return new Diagnostic(Diagnostic.Level.ERROR, null, message, span, label, List.of(), List.of(), List.of());
  }

  /** An error with a rustc code. */
  public static Diagnostic coded(String code, String message, Span span, String label) {
    return new Diagnostic(Diagnostic.Level.ERROR, code, message, span, label, List.of(), List.of(), List.of());
  }

  /** A let-else whose initializer ends in a block-like expression or a struct literal. */
  public static Diagnostic letElseTrailingBrace(Span brace) {
    return error("right curly brace `}` before `else` in a `let...else` statement not allowed", brace, null)
        .withHelp("wrap the expression in parentheses");
  }

  /** A Rust feature that rustle does not implement, named with its span. */
  public static Diagnostic unsupported(String what, Span span) {
    return error(what + " " + (what.endsWith("s") ? "are" : "is") + " not supported by rustle yet", span,
        "not supported by rustle");
  }

  // ---- name resolution ----

  /** E0425: {@code cannot find value `x` in this scope}. */
  public static Diagnostic cannotFindValue(String name, Span at) {
    return coded("E0425", "cannot find value `" + name + "` in this scope", at, "not found in this scope");
  }

  /** E0425: {@code cannot find function `foo` in this scope}. */
  public static Diagnostic cannotFindFunction(String name, Span at) {
    return coded("E0425", "cannot find function `" + name + "` in this scope", at, "not found in this scope");
  }

  /**
   * {@code cannot find type `Foo` in this scope}. Older rustc reported this as E0412; rustc 1.95
   * reports it as E0425 (E0412 is "no longer emitted"), so rustle does too.
   */
  public static Diagnostic cannotFindType(String name, Span at) {
    return coded("E0425", "cannot find type `" + name + "` in this scope", at, "not found in this scope");
  }

  // ---- types ----

  /** How rustc names a type in "expected X, found Y": inference variables get words, not backticks. */
  static String describeType(String type) {
    return switch (type) {
      case "{integer}" -> "integer";
      case "{float}" -> "floating-point number";
      default -> "`" + type + "`";
    };
  }

  /** E0308 {@code mismatched types}, labelled {@code expected `i32`, found `&str`} at the expression. */
  public static Diagnostic mismatchedTypes(String expected, String found, Span at) {
    return coded("E0308", "mismatched types", at,
        "expected " + describeType(expected) + ", found " + describeType(found));
  }

  /** E0308 for a tuple pattern with more or fewer elements than the tuple it matches. */
  public static Diagnostic tuplePatternArity(int expected, int found, Span at) {
    return coded("E0308", "mismatched types", at, "expected a tuple with " + expected + " element"
        + (expected == 1 ? "" : "s") + ", found one with " + found + " element" + (found == 1 ? "" : "s"));
  }

  /** E0308 where a type annotation set the expectation ({@code let x: i32 = "a";}). */
  public static Diagnostic mismatchedTypes(String expected, String found, Span at, Span annotation) {
    return mismatchedTypes(expected, found, at).withLabel(annotation, "expected due to this");
  }

  /** E0308 for a function body or {@code return} whose value does not fit the declared return type. */
  public static Diagnostic mismatchedReturnType(String expected, String found, Span at, Span returnType) {
    return mismatchedTypes(expected, found, at)
        .withLabel(returnType, "expected " + describeType(expected) + " because of return type");
  }

  /** E0308 for the right operand of a comparison whose left operand fixed the type. */
  public static Diagnostic mismatchedOperand(String expected, String found, Span rhs, Span lhs) {
    return mismatchedTypes(expected, found, rhs).withLabel(lhs, "expected because this is `" + expected + "`");
  }

  /** E0308 {@code `if` and `else` have incompatible types}, pointing at the else value. */
  public static Diagnostic ifElseIncompatible(String thenType, String elseType, Span elseValue, Span thenValue) {
    return coded("E0308", "`if` and `else` have incompatible types", elseValue,
        "expected " + describeType(thenType) + ", found " + describeType(elseType))
        .withLabel(thenValue, "expected because of this");
  }

  /**
   * E0599 {@code no method named `foo` found for struct `Vec<i32>` in the current scope}; kind is
   * rustc's word for the receiver: "struct", "enum", "type" (primitives), "reference", ...
   */
  public static Diagnostic noMethod(String method, String kind, String type, Span at) {
    return coded("E0599", "no method named `" + method + "` found for " + kind + " `" + type + "` in the current scope",
        at, "method not found in `" + type + "`");
  }

  /** E0599 on a struct of the program, also pointing at its definition as rustc does. */
  public static Diagnostic noMethodOnStruct(String method, String type, Span at, Span structHeader) {
    return noMethod(method, "struct", type, at)
        .withLabel(structHeader, "method `" + method + "` not found for this struct");
  }

  /** E0277 in its general form: message, label, and the {@code = help:} lines rustc adds. */
  public static Diagnostic traitNotImplemented(String message, Span at, String label, String... helps) {
    Diagnostic d = coded("E0277", message, at, label);
    for (String h : helps) {
      d = d.withHelp(h);
    }
    return d;
  }

  /** E0277 {@code the trait bound `T: Trait` is not satisfied}. */
  public static Diagnostic traitBoundNotSatisfied(String type, String trait, Span at) {
    return traitNotImplemented("the trait bound `" + type + ": " + trait + "` is not satisfied", at,
        "the trait `" + trait + "` is not implemented for `" + type + "`");
  }

  /**
   * E0277 for an arithmetic operator with no implementation, e.g. {@code cannot add `&str` to `i32`}
   * with label {@code no implementation for `i32 + &str`}; op is one of + - * / %.
   */
  public static Diagnostic binaryOperatorNotImplemented(String op, String lhs, String rhs, Span opSpan) {
    String message;
    String trait;
    switch (op) {
      case "+" -> { message = "cannot add `" + rhs + "` to `" + lhs + "`"; trait = "Add"; }
      case "-" -> { message = "cannot subtract `" + rhs + "` from `" + lhs + "`"; trait = "Sub"; }
      case "*" -> { message = "cannot multiply `" + lhs + "` by `" + rhs + "`"; trait = "Mul"; }
      case "/" -> { message = "cannot divide `" + lhs + "` by `" + rhs + "`"; trait = "Div"; }
      case "%" -> {
        message = "cannot calculate the remainder of `" + lhs + "` divided by `" + rhs + "`";
        trait = "Rem";
      }
      default -> throw new IllegalArgumentException("not an arithmetic operator: " + op);
    }
    return traitNotImplemented(message, opSpan, "no implementation for `" + lhs + " " + op + " " + rhs + "`",
        "the trait `" + trait + "<" + rhs + ">` is not implemented for `" + lhs + "`");
  }

  // ---- calls ----

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * E0061 {@code this function takes 2 arguments but 1 argument was supplied}, on the callee's name;
   * what is "function" or "method". {@link #missingArguments} and {@link #extraArguments} add
   * rustc's labels, note and suggestion.
   */
  public static Diagnostic wrongArgumentCount(String what, int expected, int supplied, Span callee) {
    String were = supplied == 1 ? "was" : "were";
    return coded("E0061", "this " + what + " takes " + count(expected, "argument") + " but "
        + count(supplied, "argument") + " " + were + " supplied", callee, null);
  }

  /**
   * E0061 for too few arguments, the missing ones being the last parameters. args spans the
   * parentheses of the call; missingTypes are the missing parameters' types. fnName and
   * missingParams point into the definition for rustc's "function defined here" note (fnName null
   * omits it, as for methods of the standard library).
   */
  public static Diagnostic missingArguments(String what, int expected, int supplied, Span callee, Span args,
      List<String> missingTypes, Span fnName, List<Span> missingParams) {
    int n = missingTypes.size();
    String label = switch (n) {
      case 1 -> "argument #" + (supplied + 1) + " of type `" + missingTypes.get(0) + "` is missing";
      case 2, 3 -> word(n) + " arguments of type " + listAnd(missingTypes) + " are missing";
      default -> "multiple arguments are missing";
    };
    Diagnostic d = wrongArgumentCount(what, expected, supplied, callee).withLabel(args, label);
    if (fnName != null) {
      Diagnostic.Sub note = Diagnostic.Sub.note(what + " defined here", fnName, null);
      for (Span p : missingParams) {
        note = note.withLabel(p, "");
      }
      d = d.withSub(note);
    }
    StringBuilder fill = new StringBuilder(supplied > 0 ? ", " : "");
    for (int i = 0; i < n; i++) {
      String t = missingTypes.get(i);
      // rustc writes a placeholder of the type, or "value" when the type is not fully known.
      fill.append(i > 0 ? ", " : "").append("/* ").append(t.contains("{") || t.contains("_") ? "value" : t).append(" */");
    }
    Span beforeClose = new Span(args.end() - 1, args.end() - 1, args.endLine(), args.endCol() - 1,
        args.endLine(), args.endCol() - 1);
    return d.withSuggestion(n == 1 ? "provide the argument" : "provide the arguments", beforeClose, fill.toString());
  }

  /**
   * E0061 for too many arguments, the extra ones being the last. args are the spans of all supplied
   * arguments and argTypes their types; fnName as in {@link #missingArguments}.
   */
  public static Diagnostic extraArguments(String what, int expected, Span callee, List<Span> args,
      List<String> argTypes, Span fnName) {
    int supplied = args.size();
    Diagnostic d = wrongArgumentCount(what, expected, supplied, callee);
    for (int i = expected; i < supplied; i++) {
      // rustc numbers the argument unless it is the only one of a call that takes none.
      String which = supplied == 1 ? "" : " #" + (i + 1);
      d = d.withLabel(args.get(i), "unexpected argument" + which + " of type `" + argTypes.get(i) + "`");
    }
    if (fnName != null) {
      d = d.withSub(Diagnostic.Sub.note(what + " defined here", fnName, null));
    }
    Span from = expected > 0 ? args.get(expected - 1) : args.get(0);
    Span last = args.get(supplied - 1);
    Span cut = expected > 0
        ? new Span(from.end(), last.end(), from.endLine(), from.endCol(), last.endLine(), last.endCol())
        : new Span(from.start(), last.end(), from.line(), from.col(), last.endLine(), last.endCol());
    return d.withSuggestion(supplied - expected == 1 ? "remove the extra argument" : "remove the extra arguments",
        cut, "");
  }

  // ---- syntax ----

  /** How rustc names a token in "found ...": {@code keyword `let`}, {@code `2`}. */
  public static String describeToken(String text) {
    if (KEYWORDS.contains(text)) {
      return "keyword `" + text + "`";
    }
    if (RESERVED.contains(text)) {
      return "reserved keyword `" + text + "`";
    }
    return "`" + text + "`";
  }

  /** rustc's list of what the parser expected: sorted, deduplicated, joined with "or". */
  static String tokenList(List<String> expected) {
    List<String> items = List.copyOf(new TreeSet<>(expected));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(items.size() == 2 ? " or " : i == items.size() - 1 ? ", or " : ", ");
      }
      sb.append(items.get(i));
    }
    return sb.toString();
  }

  /**
   * {@code expected one of `.`, `;`, or an operator, found `2`}. Expected items are written as rustc
   * writes them (backticked tokens like {@code "`;`"}, or words like {@code "an operator"}); found is
   * the token's source text. afterPrevious is the empty span just after the previous token: when
   * the found token is on a later line, rustc puts the "expected" label there.
   */
  public static Diagnostic expectedToken(List<String> expected, String found, Span foundSpan, Span afterPrevious) {
    String what = (expected.size() > 1 ? "expected one of " : "expected ") + tokenList(expected);
    String message = what + ", found " + describeToken(found);
    if (afterPrevious == null || afterPrevious.line() == foundSpan.line()) {
      return error(message, foundSpan, what);
    }
    return error(message, foundSpan, "unexpected token").withLabel(afterPrevious, what);
  }

  /** {@code expected `;`, found `let`} when a statement's end and the next token are on different lines. */
  public static Diagnostic expectedSemicolon(String found, Span foundSpan, Span afterPrevious) {
    return error("expected `;`, found " + describeToken(found), afterPrevious, "help: add `;` here")
        .withLabel(foundSpan, "unexpected token");
  }

  /** {@code expected expression, found `;`} and the like: what is "expression", "pattern", "`{`", ... */
  public static Diagnostic expected(String what, String found, Span at) {
    return error("expected " + what + ", found " + describeToken(found), at, "expected " + what);
  }

  /** {@code unexpected closing delimiter: `}`}. */
  public static Diagnostic unexpectedClosingDelimiter(String delimiter, Span at) {
    return error("unexpected closing delimiter: `" + delimiter + "`", at, "unexpected closing delimiter");
  }

  /** The same, with rustc's guess of which earlier brace pair swallowed this one's opener. */
  public static Diagnostic unexpectedClosingDelimiter(String delimiter, Span at, Span openingBrace, Span closingBrace) {
    return unexpectedClosingDelimiter(delimiter, at)
        .withLabel(openingBrace, "this opening brace...")
        .withLabel(closingBrace, "...matches this closing brace");
  }

  /**
   * {@code mismatched closing delimiter: `}`}: both the unclosed opener and the wrong closer are
   * primary; candidate (may be null) is the opener the closer probably belongs to.
   */
  public static Diagnostic mismatchedClosingDelimiter(String delimiter, Span close, Span unclosed, Span candidate) {
    Diagnostic d = error("mismatched closing delimiter: `" + delimiter + "`", unclosed, "unclosed delimiter")
        .withPrimaryLabel(close, "mismatched closing delimiter");
    return candidate == null ? d : d.withLabel(candidate, "closing delimiter possibly meant for this");
  }

  /** {@code this file contains an unclosed delimiter}, at the end of the file. */
  public static Diagnostic unclosedDelimiter(Span endOfFile, List<Span> unclosed) {
    Diagnostic d = error("this file contains an unclosed delimiter", endOfFile, null);
    for (Span s : unclosed) {
      d = d.withLabel(s, "unclosed delimiter");
    }
    return d;
  }

  /** The same, with rustc's indentation-based guess of which block was left open. */
  public static Diagnostic unclosedDelimiter(Span endOfFile, List<Span> unclosed, Span suspectOpen, Span suspectClose) {
    return unclosedDelimiter(endOfFile, unclosed)
        .withLabel(suspectOpen, "this delimiter might not be properly closed...")
        .withLabel(suspectClose, "...as it matches this but it has different indentation");
  }

  /** rustc's English for a count of things in a label, "two" up to "three", then digits. */
  static String word(int n) {
    return switch (n) {
      case 1 -> "one";
      case 2 -> "two";
      case 3 -> "three";
      default -> Integer.toString(n);
    };
  }

  /** rustc's list of backticked items: {@code `a`}, {@code `a` and `b`}, {@code `a`, `b`, and `c`}. */
  static String listAnd(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(items.size() == 2 ? " and " : i == items.size() - 1 ? ", and " : ", ");
      }
      sb.append('`').append(items.get(i)).append('`');
    }
    return sb.toString();
  }

  /** The Rust keywords rustc calls "keyword" when it describes a token. */
  static final Set<String> KEYWORDS = new TreeSet<>(List.of(
      "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
      "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
      "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
      "use", "where", "while"));

  /** The tokens rustc reserves for the future ("reserved keyword"). */
  static final Set<String> RESERVED = new TreeSet<>(List.of(
      "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof",
      "unsized", "virtual", "yield"));

  // ---- ownership: moves and initialization (borrow checker) ----

  /** rustc's note on a move: what is "`x`" or "value"; partial for "partial move occurs because ...". */
  public static String moveOccursBecause(String what, String type, boolean partial) {
    return (partial ? "partial move" : "move") + " occurs because " + what + " has type `" + type
        + "`, which does not implement the `Copy` trait";
  }

  /**
   * E0382 {@code use of moved value: `x`}: verb is "use" or "borrow", partial says "partially
   * moved"; the label is at the use. Move sites and the type note are added by the caller.
   */
  public static Diagnostic usedAfterMove(String verb, boolean partial, String place, Span use, String useLabel) {
    return coded("E0382", verb + " of " + (partial ? "partially moved" : "moved") + " value: `" + place + "`", use,
        useLabel);
  }

  /** E0382 {@code assign to part of moved value: `p`}. */
  public static Diagnostic assignToPartOfMoved(String place, Span assign) {
    return coded("E0382", "assign to part of moved value: `" + place + "`", assign,
        "value partially assigned here after move");
  }

  /** The help that suggests {@code .clone()} right after a moved expression. */
  public static Diagnostic withCloneHelp(Diagnostic d, Span moved) {
    return d.withSuggestion("consider cloning the value if the performance cost is acceptable", after(moved), ".clone()");
  }

  private static Span after(Span s) {
    return new Span(s.end(), s.end(), s.endLine(), s.endCol(), s.endLine(), s.endCol());
  }

  private static Span before(Span s) {
    return new Span(s.start(), s.start(), s.line(), s.col(), s.line(), s.col());
  }

  /**
   * E0381 {@code used binding `x` isn't initialized} (or {@code is possibly-uninitialized}), with
   * the declaration labelled.
   */
  public static Diagnostic usedUninitialized(String name, boolean possibly, Span use, Span decl) {
    String state = possibly ? "is possibly-uninitialized" : "isn't initialized";
    return coded("E0381", "used binding `" + name + "` " + state, use,
        "`" + name + "` used here but it " + state)
        .withLabel(decl, "binding declared here but left uninitialized");
  }

  /** E0381 for assigning a field of a binding that was never initialized. */
  public static Diagnostic partiallyAssignedUninitialized(String name, Span assign, Span decl) {
    return coded("E0381", "partially assigned binding `" + name + "` isn't fully initialized", assign,
        "`" + name + "` partially assigned here but it isn't fully initialized")
        .withLabel(decl, "binding declared here but left uninitialized");
  }

  /**
   * E0507 {@code cannot move out of `c.path` which is behind a shared reference}; place null gives
   * {@code cannot move out of a shared reference}. because is the "move occurs because" label.
   */
  public static Diagnostic moveOutOfBorrow(String place, boolean mutableRef, Span at, String because) {
    String ref = mutableRef ? "mutable reference" : "shared reference";
    String message = place == null ? "cannot move out of a " + ref
        : "cannot move out of `" + place + "` which is behind a " + ref;
    return coded("E0507", message, at, because);
  }

  /** E0507 {@code cannot move out of index of `Vec<String>`}. */
  public static Diagnostic moveOutOfIndex(String container, Span at, String because) {
    return coded("E0507", "cannot move out of index of `" + container + "`", at, because);
  }

  /** E0508 {@code cannot move out of type `[String; 2]`, a non-copy array} (or slice). */
  public static Diagnostic moveOutOfArray(String type, boolean slice, Span at, String because) {
    return coded("E0508", "cannot move out of type `" + type + "`, a non-copy " + (slice ? "slice" : "array"), at,
        "cannot move out of here").withPrimaryLabel(at, because);
  }

  /** E0509 {@code cannot move out of type `D`, which implements the `Drop` trait}. */
  public static Diagnostic moveOutOfDropType(String type, Span at, String because) {
    return coded("E0509", "cannot move out of type `" + type + "`, which implements the `Drop` trait", at,
        "cannot move out of here").withPrimaryLabel(at, because);
  }

  /**
   * E0507/E0508 for a pattern binding that would move out of borrowed data: the matched expression
   * is primary, the binding labelled "data moved here" and with the move note. message is the
   * error's message as {@link #moveOutOfBorrow} words it.
   */
  public static Diagnostic moveOutOfBorrowInPattern(String code, String message, Span matched, Span binding,
      String because) {
    // rustc labels the matched place only for E0508 (an array or slice element).
    return coded(code, message, matched, code.equals("E0508") ? "cannot move out of here" : null)
        .withLabel(binding, "data moved here").withLabel(binding, because);
  }

  /** The help that suggests borrowing a moved-out expression instead ({@code &v[0]}). */
  public static Diagnostic withBorrowHelp(Diagnostic d, Span moved) {
    return d.withSuggestion("consider borrowing here", before(moved), "&");
  }

  // ---- ownership: conflicting borrows (borrow checker) ----

  /** E0499 {@code cannot borrow `x` as mutable more than once at a time}. */
  public static Diagnostic secondMutableBorrow(String place, Span second, Span first) {
    return coded("E0499", "cannot borrow `" + place + "` as mutable more than once at a time", second,
        "second mutable borrow occurs here").withLabel(first, "first mutable borrow occurs here");
  }

  /** E0499 when the first borrow is the same expression, taken in the previous iteration of a loop. */
  public static Diagnostic secondMutableBorrowInLoop(String place, Span at) {
    return coded("E0499", "cannot borrow `" + place + "` as mutable more than once at a time", at,
        "`" + place + "` was mutably borrowed here in the previous iteration of the loop");
  }

  /**
   * E0502 {@code cannot borrow `x` as mutable because it is also borrowed as immutable} (newMutable),
   * or the other way round.
   */
  public static Diagnostic conflictingBorrow(String place, boolean newMutable, Span newBorrow, Span oldBorrow) {
    String now = newMutable ? "mutable" : "immutable";
    String before = newMutable ? "immutable" : "mutable";
    return coded("E0502", "cannot borrow `" + place + "` as " + now + " because it is also borrowed as " + before,
        newBorrow, now + " borrow occurs here").withLabel(oldBorrow, before + " borrow occurs here");
  }

  /** E0503 {@code cannot use `x` because it was mutably borrowed}. */
  public static Diagnostic useWhileMutablyBorrowed(String place, Span use, String borrowed, Span borrow) {
    return coded("E0503", "cannot use `" + place + "` because it was mutably borrowed", use,
        "use of borrowed `" + borrowed + "`").withLabel(borrow, "`" + borrowed + "` is borrowed here");
  }

  /**
   * E0505 {@code cannot move out of `x` because it is borrowed}; binding names the local the moved
   * place belongs to, declared at decl (which may be null).
   */
  public static Diagnostic moveOutWhileBorrowed(String place, String binding, Span move, String borrowed, Span borrow,
      Span decl) {
    Diagnostic d = coded("E0505", "cannot move out of `" + place + "` because it is borrowed", move,
        "move out of `" + place + "` occurs here").withLabel(borrow, "borrow of `" + borrowed + "` occurs here");
    return decl == null ? d : d.withLabel(decl, "binding `" + binding + "` declared here");
  }

  /** E0506 {@code cannot assign to `x` because it is borrowed}. */
  public static Diagnostic assignToBorrowed(String place, Span assign, String borrowed, Span borrow) {
    return coded("E0506", "cannot assign to `" + place + "` because it is borrowed", assign,
        "`" + place + "` is assigned to here but it was already borrowed")
        .withLabel(borrow, "`" + borrowed + "` is borrowed here");
  }

  /** E0597 {@code `x` does not live long enough}: borrowed at borrow, dropped at dropped. */
  public static Diagnostic doesNotLiveLongEnough(String name, Span borrow, Span decl, Span dropped) {
    Diagnostic d = coded("E0597", "`" + name + "` does not live long enough", borrow,
        "borrowed value does not live long enough")
        .withLabel(dropped, "`" + name + "` dropped here while still borrowed");
    return decl == null ? d : d.withLabel(decl, "binding `" + name + "` declared here");
  }

  /** E0716 {@code temporary value dropped while borrowed}. */
  public static Diagnostic temporaryDroppedWhileBorrowed(Span temp, Span freed) {
    return coded("E0716", "temporary value dropped while borrowed", temp,
        "creates a temporary value which is freed while still in use")
        .withLabel(freed, "temporary value is freed at the end of this statement");
  }

  /**
   * E0515 {@code cannot return reference to local variable `s}: what is "local variable `s`",
   * "function parameter `s`", "local data `w.v`" or "temporary value".
   */
  public static Diagnostic returnsReferenceToLocal(String what, Span at) {
    return coded("E0515", "cannot return reference to " + what, at,
        "returns a reference to data owned by the current function");
  }

  /** E0515 {@code cannot return value referencing local variable `s`}, with where it was borrowed. */
  public static Diagnostic returnsValueReferencingLocal(String what, Span at, Span borrow, String borrowLabel) {
    return coded("E0515", "cannot return value referencing " + what, at,
        "returns a value referencing data owned by the current function").withLabel(borrow, borrowLabel);
  }

  // ---- ownership: mutability (borrow checker) ----

  private static Diagnostic withMutHelp(Diagnostic d, Span insertMut) {
    return insertMut == null ? d : d.withSuggestion("consider changing this to be mutable", insertMut, "mut ");
  }

  /** E0384 {@code cannot assign twice to immutable variable `x`}; first may be null. */
  public static Diagnostic assignTwiceToImmutable(String name, Span assign, Span first, Span insertMut) {
    Diagnostic d = coded("E0384", "cannot assign twice to immutable variable `" + name + "`", assign,
        "cannot assign twice to immutable variable");
    if (first != null) d = d.withLabel(first, "first assignment to `" + name + "`");
    return insertMut == null ? d : d.withSuggestion("consider making this binding mutable", insertMut, "mut ");
  }

  /** E0384 {@code cannot assign to immutable argument `x`}. */
  public static Diagnostic assignToImmutableArgument(String name, Span assign, Span insertMut) {
    Diagnostic d = coded("E0384", "cannot assign to immutable argument `" + name + "`", assign,
        "cannot assign to immutable argument");
    return insertMut == null ? d : d.withSuggestion("consider making this binding mutable", insertMut, "mut ");
  }

  /**
   * E0596 {@code cannot borrow `x` as mutable, as it is not declared as mutable}; for a part of a
   * binding, local names the binding: {@code cannot borrow `p.x` as mutable, as `p` is not declared as mutable}.
   */
  public static Diagnostic borrowMutNotDeclaredMutable(String place, String local, Span at, Span insertMut) {
    String as = local == null ? "it" : "`" + local + "`";
    return withMutHelp(coded("E0596", "cannot borrow `" + place + "` as mutable, as " + as + " is not declared as mutable",
        at, "cannot borrow as mutable"), insertMut);
  }

  /** E0596 for several mutable borrows of one binding: the binding is primary, each borrow labelled. */
  public static Diagnostic borrowMutNotDeclaredMutable(String place, Span binding, List<Span> borrows, Span insertMut) {
    Diagnostic d = coded("E0596", "cannot borrow `" + place + "` as mutable, as it is not declared as mutable",
        binding, "not mutable");
    for (Span s : borrows) d = d.withLabel(s, "cannot borrow as mutable");
    return withMutHelp(d, insertMut);
  }

  /**
   * E0596 {@code cannot borrow `*r` as mutable, as it is behind a `&` reference}; ref names the
   * reference (null: data behind a temporary reference), insertMut where {@code mut} would fix its type.
   */
  public static Diagnostic borrowMutBehindRef(String place, String ref, Span at, Span insertMut) {
    if (place == null || ref == null) {
      return coded("E0596", "cannot borrow data in a `&` reference as mutable", at, "cannot borrow as mutable");
    }
    Diagnostic d = coded("E0596", "cannot borrow `" + place + "` as mutable, as it is behind a `&` reference", at,
        "`" + ref + "` is a `&` reference, so it cannot be borrowed as mutable");
    return insertMut == null ? d
        : d.withSuggestion("consider changing this to be a mutable reference", insertMut, "mut ");
  }

  /**
   * E0594 {@code cannot assign to `p.x`, as `p` is not declared as mutable}; local null names the
   * place itself ({@code as it is not declared as mutable}, a whole binding assigned in a closure).
   */
  public static Diagnostic assignNotDeclaredMutable(String place, String local, Span at, Span insertMut) {
    return withMutHelp(coded("E0594", "cannot assign to `" + place + "`, as " + (local == null ? "it" : "`" + local + "`")
        + " is not declared as mutable", at, "cannot assign"), insertMut);
  }

  /** E0594 {@code cannot assign to `c`, as it is a captured variable in a `Fn` closure}. */
  public static Diagnostic assignFnCapture(String place, Span at) {
    return coded("E0594", "cannot assign to `" + place + "`, as it is a captured variable in a `Fn` closure", at,
        "cannot assign");
  }

  /** E0596 {@code cannot borrow `v` as mutable, as it is a captured variable in a `Fn` closure}. */
  public static Diagnostic borrowMutFnCapture(String place, Span at) {
    return coded("E0596", "cannot borrow `" + place + "` as mutable, as it is a captured variable in a `Fn` closure",
        at, "cannot borrow as mutable");
  }

  /** E0594 {@code cannot assign to `*r`, which is behind a `&` reference}. */
  public static Diagnostic assignBehindRef(String place, String ref, Span at, Span insertMut) {
    if (place == null || ref == null) {
      return coded("E0594", "cannot assign to data in a `&` reference", at, "cannot assign");
    }
    Diagnostic d = coded("E0594", "cannot assign to `" + place + "`, which is behind a `&` reference", at,
        "`" + ref + "` is a `&` reference, so it cannot be written to");
    return insertMut == null ? d
        : d.withSuggestion("consider changing this to be a mutable reference", insertMut, "mut ");
  }

  // ---- lifetimes in signatures ----

  /**
   * E0106 {@code missing lifetime specifier(s)}: each elided reference in the output is primary;
   * inputs are the reference types of the parameters it could borrow from (labelled without text),
   * help the explanation rustc adds.
   */
  public static Diagnostic missingLifetime(List<Span> at, List<Span> inputs, String help) {
    Diagnostic d = coded("E0106", at.size() > 1 ? "missing lifetime specifiers" : "missing lifetime specifier",
        at.get(0), "expected named lifetime parameter");
    for (int i = 1; i < at.size(); i++) d = d.withPrimaryLabel(at.get(i), "expected named lifetime parameter");
    for (Span s : inputs) d = d.withLabel(s, "");
    return help == null ? d : d.withHelp(help);
  }

  /**
   * E0373 {@code closure may outlive the current function, but it borrows `x`, which is owned by the
   * current function}: the closure's head, the borrow inside it, where it is returned, and the
   * {@code move} suggestion.
   */
  public static Diagnostic closureMayOutlive(String name, Span head, Span borrow, Span closure, int insertAt) {
    return closureMayOutlive(name, head, borrow, closure, closure, insertAt);
  }

  /** E0373 for a closure returned inside a value (returned: that value's span, where the note points). */
  public static Diagnostic closureMayOutlive(String name, Span head, Span borrow, Span returned, Span closure, int insertAt) {
    Diagnostic d = coded("E0373", "closure may outlive the current function, but it borrows `" + name
        + "`, which is owned by the current function", head, "may outlive borrowed value `" + name + "`")
        .withLabel(borrow, "`" + name + "` is borrowed here");
    d = d.withSub(Diagnostic.Sub.note("closure is returned here", returned, null));
    Span at = new Span(insertAt, insertAt, closure.line(), closure.col(), closure.line(), closure.col());
    return d.withSuggestion("to force the closure to take ownership of `" + name
        + "` (and any other referenced variables), use the `move` keyword", at, "move ");
  }

  // ---- deny-by-default lints of known panics (rustc's KnownPanicsLint) ----

  /**
   * {@code arithmetic_overflow}: an operation on values known at compile time that would overflow; what
   * is {@code attempt to compute `u8::MAX + 1_u8`, which would overflow}. The note naming the lint comes
   * only with the first error of each lint, as rustc prints it.
   */
  public static Diagnostic arithmeticOverflow(Span at, String what, boolean firstOfLint) {
    Diagnostic d = error("this arithmetic operation will overflow", at, what);
    return firstOfLint ? d.withNote("`#[deny(arithmetic_overflow)]` on by default") : d;
  }

  /**
   * {@code unconditional_panic}: a division by zero, a division that overflows or an index out of bounds,
   * on values known at compile time; what is the panic's message.
   */
  public static Diagnostic unconditionalPanic(Span at, String what, boolean firstOfLint) {
    Diagnostic d = error("this operation will panic at runtime", at, what);
    return firstOfLint ? d.withNote("`#[deny(unconditional_panic)]` on by default") : d;
  }
}
