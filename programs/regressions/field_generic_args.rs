//@ check-fail
// Generic arguments on a field access are rejected in rustc's words (they were "expected `(`").
struct S {
    f: i32,
}

fn main() {
    let s = S { f: 1 };
    let x = s.f::<i32>; //~ ERROR field expressions cannot have generic arguments
    println!("{}", x);
}
