struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct S {
    a: D,
    b: D,
}
fn main() {
    let mut s = S { a: D("a1"), b: D("b1") };
    let x = s.a;
    println!("moved {}", x.0);
    s.a = D("a2");
    println!("assigned");
    drop(x);
    println!("end {} {}", s.a.0, s.b.0);
}
