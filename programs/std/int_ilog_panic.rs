//@ run-fail
// ilog10 of zero panics with std's message, at the call.
fn digits(n: u32) -> u32 {
    n.ilog10() + 1
}
fn main() {
    println!("{}", digits(4096));
    println!("{}", digits(0));
}
