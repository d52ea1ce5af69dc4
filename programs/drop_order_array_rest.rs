// What a pattern leaves of an array is dropped in the order rustc's drop elaboration uses: the moved
// elements split the array into runs, dropped last run first ([t0, t1, t2, t3] with t1 moved: t2, t3,
// t0); rustle dropped them in index order. `let (_, q, n) = *b;` on a Box local leaves b0 in the box,
// dropped with it at b's scope end (rustle dropped it at the end of the statement).
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let [_, m, _, _] = [D("t0"), D("t1"), D("t2"), D("t3")];
    println!("m {}", m.0);
    {
        let five = [D("f0"), D("f1"), D("f2"), D("f3"), D("f4")];
        let [_, m1, _, m3, ..] = five;
        println!("m1 {} m3 {}", m1.0, m3.0);
    }
    let arr = [D("a0"), D("a1"), D("a2")];
    match arr {
        [_, x, _] => println!("x {}", x.0),
    }
    println!("after match");
    let b = Box::new((D("b0"), D("b1"), 5));
    let (_, q, n) = *b;
    println!("q {} {}", q.0, n);
}
