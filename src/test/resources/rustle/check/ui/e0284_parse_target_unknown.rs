//@ check-fail
// The target of `parse` is never fixed: rustc reports the unsatisfiable `FromStr` obligation (E0284), not
// E0282, pointing at the binding and labelling the call.
fn main() {
    let guess = "42".parse().expect("Not a number!"); //~ ERROR E0284
}
