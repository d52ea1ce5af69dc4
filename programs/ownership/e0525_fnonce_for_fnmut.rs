//@ check-fail
// A closure that moves a captured value out can run only once (FnOnce): passing it where FnMut is
// required is E0525, reported at the closure.
fn call_twice<F: FnMut() -> String>(mut f: F) {
    f();
    f();
}
fn main() {
    let other = String::from("again");
    let give = || other; //~ ERROR E0525
    call_twice(give);
}
