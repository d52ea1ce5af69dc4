//@ check-fail
// Bindings are immutable unless declared `let mut`: the second assignment is E0384.
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6; //~ ERROR E0384
    println!("{}", x);
}
