//@ check-fail
// A literal with a 128-bit suffix is named as unsupported, as the type written out is (it was an
// internal error when the literal was evaluated).
fn main() {
    let a = 5u128; //~ ERROR `u128` is not supported by rustle yet
    println!("{} {}", a, -3i128); //~ ERROR `i128` is not supported by rustle yet
}
