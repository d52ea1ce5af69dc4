// `match *b` / `if let` on a Box local holding an enum whose arm moves some fields out: the fields
// the arm leaves stay in the box and are dropped, and the box freed, when b is next dropped (its scope
// end, an assignment over it), as rustc does. rustle freed the box but leaked those fields.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
enum E { Two(D, D), One(D), Pair { a: D, b: String }, Nil }
fn make(i: u32) -> Box<E> {
    match i {
        0 => Box::new(E::Two(D("t0"), D("t1"))),
        1 => Box::new(E::One(D("o"))),
        2 => Box::new(E::Pair { a: D("pa"), b: String::from("pb") }),
        _ => Box::new(E::Nil),
    }
}
fn main() {
    for i in 0..4 {
        let b = make(i);
        match *b {
            E::Two(_, y) => println!("two {}", y.0),
            E::Pair { b: s, .. } => println!("pair {}", s),
            E::One(ref r) => println!("one {}", r.0),
            E::Nil => println!("nil"),
        }
        println!("end of iteration {}", i);
    }
    let mut c = make(0);
    if let E::Two(x, _) = *c {
        println!("x {}", x.0);
    }
    c = make(2);
    println!("reassigned");
    if let E::Pair { a, .. } = *c {
        println!("a {}", a.0);
    }
    let d = make(0);
    match *d {
        E::Two(p, q) => println!("both {} {}", p.0, q.0),
        _ => {}
    }
    println!("end");
}
