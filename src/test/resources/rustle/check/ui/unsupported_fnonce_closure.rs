//@ check-fail
// A closure that moves a captured value out may run only once (FnOnce). rustle finds the plain moves (an
// argument, a `let`, the closure's value) and consumes such a closure at its call; a move it does not
// find, as here into a struct literal, is reported rather than drop the moved value twice.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Wrapper {
    inner: Noisy,
}
fn main() {
    let n = Noisy("captured");
    let c = move || Wrapper { inner: n }; //~ ERROR moving a captured value out of a closure (an `FnOnce` closure) is not supported by rustle yet
    println!("{}", c().inner.0);
}
