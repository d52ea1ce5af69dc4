// An or-pattern behind references (matches!(r, J::S(_) | J::N(_)) with r: &&J): the alternatives peel
// the references themselves; the or-pattern peeled them too (an internal error).
#[derive(Debug)]
enum J { S(String), N(f64), Z }
fn main() {
    let j = J::N(1.0);
    let r = &&j;
    println!("{}", matches!(r, J::S(_) | J::N(_)));
    println!("{}", matches!(r, J::N(_)));
    let t = &(1, J::Z);
    let (_, x) = t;
    println!("{}", matches!(x, J::Z));
    let v = vec![(1, J::Z)];
    println!("{}", v.iter().filter(|(_, j)| matches!(j, J::Z)).count());
    let es = vec![E::A(1), E::B(2), E::C("c".into())];
    for e in &es {
        match e { E::A(n) | E::B(n) => println!("n {}", n + 1), E::C(s) => println!("s {}", s) }
    }
    let o = Some(3);
    match &o { Some(1) | None => println!("one/none"), Some(n) => println!("{}", n) }
    let pair = &(1, 2);
    if let (1, x) | (x, 1) = pair { println!("x {}", x); }
    let v = [1, 2, 3];
    for x in v.iter() { match x { 1 | 3 => print!("odd "), _ => print!("even ") } }
    println!();
}
enum E { A(i32), B(i32), C(String) }
