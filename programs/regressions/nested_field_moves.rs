struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct In {
    b: D,
    c: D,
}
struct S {
    a: In,
}
fn main() {
    let s = S { a: In { b: D("b"), c: D("c") } };
    let x = s.a.b;
    println!("moved {}", x.0);
    let t = (D("t0"), (D("t1"), D("t2")));
    let y = (t.1).0;
    println!("moved {}", y.0);
}
