//@ check-fail
// An `if` without `else` is `()`: a value in its branch is E0317 where a value is wanted, and E0308
// where a block-like statement must be `()`.
fn sign(x: i32) -> i32 {
    if x > 0 { 1 } //~ ERROR E0317
}

fn main() {
    let c = sign(2) > 0;
    let y = if c { 1 }; //~ ERROR `if` may be missing an `else` clause
    if c { 2 } //~ ERROR E0308
    if c { 3 }; //~ ERROR E0317
    let z: i32 = if c { 4 }; //~ ERROR E0317
    if c { println!("{:?} {}", y, z) }
}
