#[derive(Debug, Clone, Copy)]
struct P { x: i32, y: i32 }
#[derive(Debug)]
struct Q { a: String, b: String }
fn main() {
    let mut p = P { x: 1, y: 2 };
    p = P { x: p.y, y: p.x };
    println!("{} {}", p.x, p.y);
    let mut t = (1, 2);
    t = (t.1, t.0);
    println!("{:?}", t);
    let mut a = [1, 2, 3];
    a = [a[2], a[1], a[0]];
    println!("{:?}", a);
    let mut q = Q { a: String::from("a"), b: String::from("b") };
    q = Q { a: q.b, b: q.a };
    println!("{:?}", q);
    let mut ts = (String::from("x"), String::from("y"));
    ts = (ts.1, ts.0);
    println!("{:?}", ts);
    let mut n = [(1, 2), (3, 4)];
    n = [(n[1].1, n[0].0), (n[0].1, n[1].0)];
    println!("{:?}", n);
    for _ in 0..2 { p = P { y: p.x + 10, x: p.y }; }
    println!("{:?}", p);
    let mut w = ((1, 2), 3);
    w = ((w.1, w.0 .0), w.0 .1);
    println!("{:?}", w);
    let mut o = Some((1, 2));
    o = match o { Some(v) => Some((v.1, v.0)), None => None };
    println!("{:?}", o);
    let mut pp = P { x: 5, y: 6 };
    let r = &mut pp;
    *r = P { x: r.y, y: r.x };
    println!("{:?}", pp);
}
