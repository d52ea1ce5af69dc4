//@ check-fail
// A let-else's initializer may not end in `}`: its else would read as the if's (rustc's error).
fn main() {
    let c = true;
    let x = if c { 1 } else { 2 } else { return; }; //~ ERROR right curly brace `}` before `else`
    println!("{}", x);
}
