// What a pattern leaves of a value no local owns is dropped, once, where rustc drops it: the rest of a
// temporary destructured by `let` (at the end of the statement, or with the block when a `ref` binding
// extends it), of a temporary `match` scrutinee (after the arm), of an argument bound by a pattern such
// as `_` (at the callee's end), and of a temporary a field is moved out of (`pair().1`).
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    left: Noisy,
    right: Noisy,
}
enum Shape {
    Two(Noisy, Noisy),
    Empty,
}
fn pair(a: &'static str, b: &'static str) -> (Noisy, Noisy) {
    (Noisy(a), Noisy(b))
}
fn ignored(_: Noisy) {
    println!("ignored's body");
}
fn left_only((l, _): (Noisy, Noisy)) {
    println!("left_only {}", l.0);
}
fn main() {
    let (a, _) = pair("a", "a-rest");
    println!("bound {}", a.0);
    let Pair { right, .. } = Pair { left: Noisy("left-rest"), right: Noisy("right") };
    println!("bound {}", right.0);
    let (m, ref n) = pair("m", "n-extended");
    println!("bound {} {}", m.0, n.0);
    let [first, _] = [Noisy("first"), Noisy("second-rest")];
    println!("bound {}", first.0);
    let Some((u, _)) = Some(pair("u", "u-rest")) else { return };
    println!("bound {}", u.0);
    let x = pair("x-rest", "x").1;
    println!("bound {}", x.0);
    for shape in [Shape::Two(Noisy("s0"), Noisy("s0-rest")), Shape::Empty] {
        match shape {
            Shape::Two(s, _) => println!("arm {}", s.0),
            Shape::Empty => println!("empty"),
        }
    }
    match Shape::Two(Noisy("t0"), Noisy("t0-rest")) {
        Shape::Two(t, _) => println!("arm {}", t.0),
        Shape::Empty => {}
    }
    if let Shape::Two(_, w) = Shape::Two(Noisy("w-rest"), Noisy("w")) {
        println!("if let {}", w.0);
    }
    ignored(Noisy("arg"));
    left_only(pair("l", "l-rest"));
    let closure = |(c, _): (Noisy, Noisy)| println!("closure {}", c.0);
    closure(pair("c", "c-rest"));
    println!("end of main");
}
