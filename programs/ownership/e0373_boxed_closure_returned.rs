//@ check-fail
// A closure that borrows a local and is returned inside another value (a Box<dyn Fn>) may outlive the
// function: rustc reports E0373 at the closure, as for a closure returned directly, not E0515.
fn make_counter() -> Box<dyn Fn() -> usize> {
    let words = vec!["a", "b"];
    Box::new(|| words.len()) //~ ERROR E0373
}
fn main() {
    println!("{}", make_counter()());
}
