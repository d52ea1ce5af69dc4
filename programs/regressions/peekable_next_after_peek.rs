fn main() {
    let mut it = (1..5).peekable();
    let a = it.next();
    let p = it.peek().copied();
    let b = it.next();
    let c = it.next();
    println!("{:?} {:?} {:?} {:?}", a, p, b, c);
    let mut it2 = (1..5).peekable();
    let mut n = 0;
    while let Some(x) = it2.next() {
        n += 1;
        if n > 6 { break; }
        let q = it2.peek();
        println!("x={} q={:?}", x, q);
    }
    words();
}
fn words() {
    let mut w = vec![String::from("a"), String::from("b"), String::from("c")].into_iter().peekable();
    while let Some(s) = w.next() {
        match w.peek() {
            Some(nx) => println!("{} then {}", s, nx),
            None => println!("{} last", s),
        }
    }
    let mut it = (1u8..4).peekable();
    let mut out = Vec::new();
    while let Some(x) = it.next() {
        if it.peek() == Some(&2) {
            out.push(x * 10);
        } else {
            out.push(x);
        }
    }
    println!("{:?}", out);
}
