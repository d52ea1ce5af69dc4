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
    z: D,
}
fn consume(d: D) {
    println!("consume {}", d.0);
}
fn main() {
    let mut s = S { a: In { b: D("b1"), c: D("c1") }, z: D("z1") };
    let x = s.a.b;
    s.a.b = D("b2");
    consume(x);
    let y = s.a.b;
    s.a = In { b: D("b3"), c: D("c3") };
    println!("reassigned a");
    drop(y);
    for i in 0..3 {
        let mut t = (D("t0"), (D("t1"), D("t2")));
        if i % 2 == 0 {
            let m = (t.1).1;
            println!("moved {}", m.0);
        }
        if i == 2 {
            (t.1).1 = D("t2'");
        }
        println!("end of round {}", i);
    }
    let w = s.a.c;
    println!("end {}", w.0);
}
