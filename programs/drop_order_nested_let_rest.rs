// A `let` whose nested pattern moves only part of a field out of an owning local
// (`let ((m, _), _) = t;`) leaves the rest in the local: it is dropped at the local's scope end (or
// when the local is assigned anew), in the local's field order, as rustc does. rustle leaked it.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct In { p: D, q: D, n: u8 }
struct Out { inn: In, r: D }
fn main() {
    let mut t = ((D("a"), D("b")), D("c"));
    for i in 0..2 {
        let ((m, _), _) = t;
        println!("{} {}", i, m.0);
        t = ((D("a2"), D("b2")), D("c2"));
        println!("reassigned");
    }
    let o = Out { inn: In { p: D("p"), q: D("q"), n: 3 }, r: D("r") };
    let Out { inn: In { q, n, .. }, .. } = o;
    println!("{} {}", q.0, n);
    let s = ((D("s0"), (D("s1"), D("s2"))), D("s3"));
    let ((_, (x, _)), y) = s;
    println!("{} {}", x.0, y.0);
    let w = ((D("w0"), D("w1")), D("w2"));
    let ((ref r0, _), w2) = w;
    println!("{} {}", r0.0, w2.0);
    let z = ((D("z0"), D("z1")), D("z2"));
    let ((z0, _), _) = z;
    let zz = z.0 .1;
    println!("{} {}", z0.0, zz.0);
}
