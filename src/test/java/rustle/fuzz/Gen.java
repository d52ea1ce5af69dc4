package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates one random program, deterministic from its seed, well-typed and accepted by the borrow
 * checker by construction, terminating (every loop is bounded, no recursion), printing as it goes.
 */
final class Gen {
  final Rand rand;
  Env env = new Env();
  final Items items = new Items();
  /** Features the program used, for the coverage report. */
  final Set<String> coverage = new TreeSet<>();
  final Scalars scalars = new Scalars(this);
  final ScalarExprs scalarExprs = new ScalarExprs(this, scalars);
  final Aggs aggs = new Aggs(this);
  final Calls calls = new Calls(this);
  final Matches matches = new Matches(this);
  final Stmts stmts = new Stmts(this);
  /**
   * Whether to use constructs whose rustle bugs are known and recorded in fuzz/findings (`let _ = x;`,
   * `String::insert`); off by default so that they do not hide new bugs.
   */
  boolean knownBugs = Boolean.getBoolean("fuzz.knownBugs");
  /** The return type of the helper being generated; null in main. */
  Ty fnRet;
  /** The label of the innermost labelled loop being generated, if any. */
  String loopLabel;
  private int counter;
  private int noisyId;
  private int labels;

  Gen(long seed) {
    rand = new Rand(seed);
  }

  /** The program for seed. */
  static Code program(long seed) {
    return new Gen(seed).generate();
  }

  String fresh(String prefix) {
    return prefix + counter++;
  }

  int nextNoisyId() {
    return ++noisyId;
  }

  /** A unique tag for a printed line, so that a wrong line points at its statement. */
  String label() {
    return "L" + ++labels;
  }

  String bools(int d) {
    return scalarExprs.bool(d);
  }

  /** `{ let t = ...; expr }` as a value. */
  String blockExpr(Ty t, int d, boolean fixed) {
    env.push();
    Ty it = rand.pick(Ty.INTS);
    String init = aggs.value(it, d, true);
    String n = fresh("b");
    env.declare(n, it, false);
    String tail = aggs.value(t, d, fixed);
    env.pop();
    coverage.add("block-value");
    return "{ let " + n + ": " + it.name() + " = " + init + "; " + tail + " }";
  }

  Ty randomType() {
    Rand r = rand;
    Rand.Choice<Ty> c = new Rand.Choice<>();
    c.add(30, () -> r.pick(Ty.INTS));
    c.add(4, () -> Ty.BOOL);
    c.add(2, () -> Ty.CHAR);
    c.add(3, () -> Ty.F64);
    c.add(5, () -> Ty.tuple(List.of(r.pick(Ty.INTS), r.chance(0.5) ? Ty.BOOL : r.pick(Ty.INTS))));
    c.add(4, () -> Ty.array(r.pick(Ty.INTS), r.between(1, 4)));
    c.when(!items.structs.isEmpty(), 5, () -> r.pick(items.structs).ty());
    c.when(!items.enums.isEmpty(), 4, () -> r.pick(items.enums).ty());
    c.add(8, () -> Ty.STRING);
    c.add(6, () -> Ty.vec(r.pick(Ty.INTS)));
    c.add(2, () -> Ty.vec(Ty.NOISY));
    c.add(1, () -> Ty.vec(Ty.STRING));
    c.add(2, () -> Ty.box(r.pick(Ty.INTS)));
    c.add(1, () -> Ty.box(Ty.NOISY));
    c.add(4, () -> Ty.NOISY);
    c.add(3, () -> Ty.option(r.pick(Ty.INTS)));
    c.add(3, () -> Ty.REC);
    return c.pick(r);
  }

  Code generate() {
    List<Code> top = new ArrayList<>();
    top.add(Code.fixed("#![allow(unused, arithmetic_overflow, unconditional_panic, unreachable_code)]"));
    top.add(Code.item(List.of(Code.fixed("#[derive(Debug)]"), Code.fixed("struct Noisy { id: u32 }"),
        Code.block("impl Drop for Noisy {", List.of(Code.fixed(
        "fn drop(&mut self) { println!(\"drop {}\", self.id); }")), "}"))));
    top.add(Code.item(List.of(Code.fixed("#[derive(Debug, Clone)]"),
        Code.fixed("struct Rec { name: String, n: i64, items: Vec<i32> }"))));
    new ItemGen(this).declare(top);
    int fnCount = rand.between(0, 3);
    for (int i = 0; i < fnCount; i++) {
      top.add(new ItemGen(this).helper(i));
    }
    items.callable = items.fns.size();
    env = new Env();
    fnRet = null;
    List<Code> body = stmts.block(rand.between(5, 15), 0);
    top.add(Code.block("fn main() {", body, "}"));
    return Code.group(top);
  }
}
