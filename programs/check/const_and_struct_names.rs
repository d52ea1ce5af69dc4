// A braced struct lives in the type namespace only, so a const may share its name: a struct pattern
// `A { v: A }` names the struct, and the `A` inside it the const (rustle said E0532, taking the
// pattern's path for the const).
const A: i32 = 3;
struct A {
    v: i32,
}
fn main() {
    let x = 3;
    match x {
        A => println!("three"),
        _ => println!("other"),
    }
    let a = A { v: A };
    if let A { v: A } = a {
        println!("v is A");
    }
    let A { v } = a;
    println!("{}", v);
}
