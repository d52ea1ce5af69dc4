//@ check-fail
// A closure that moves a captured value out may run only once (FnOnce). rustle finds the plain moves (an
// argument, a `let`, a struct or tuple field, a `for` loop's iterable, the closure's value) and consumes
// such a closure at its call; a move it does not find, as here by a match binding, is reported rather than
// drop the moved value twice.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let n = Noisy("captured");
    let c = move || match n {
        inner => inner.0.len(), //~ ERROR moving a captured value out of a closure (an `FnOnce` closure) is not supported by rustle yet
    };
    println!("{}", c());
}
