//@ check-fail
// A comparison-trait method on an integer literal is valid Rust (the literal falls back to i32): it is
// named as unsupported, not rustc's E0689 "ambiguous numeric type", which rustc reports only for
// inherent methods such as `3.pow(2)`. (Ord's max, min and clamp on a literal are supported.)
fn main() {
    let o = 3.lt(&5); //~ ERROR `i32::lt` is not supported by rustle yet
    let p = 2.5.max(1.0); //~ ERROR E0689
    println!("{} {}", o, p);
}
