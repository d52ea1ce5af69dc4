// Moving a field out of a Box local and assigning it again (`let a = b.a; b.a = ..;`) is accepted, as
// rustc tracks a Box's content like a field (rustle said E0382); the new value is owned and dropped by
// the box, the moved one by its new owner, also in a loop.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct Q { a: D, c: D, n: i32 }
fn main() {
    let mut b = Box::new(Q { a: D("a"), c: D("c"), n: 1 });
    let a = b.a;
    b.a = D("a2");
    println!("{} {} {}", a.0, b.a.0, b.n);
    let mut t = Box::new((D("t0"), String::from("s")));
    for i in 0..2 {
        let s = t.1;
        t.1 = format!("{}{}", s, i);
        println!("{}", t.1);
    }
    let old = t.0;
    t.0 = D("t0b");
    println!("{}", old.0);
}
