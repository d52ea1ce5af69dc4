//@ check-fail
// A closure that moves a captured value out may run only once (FnOnce); rustle cannot yet consume the
// closure at its call, so it says so rather than drop the moved value twice.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn consume(n: Noisy) -> usize {
    n.0.len()
}
fn main() {
    let n = Noisy("captured");
    let c = move || consume(n); //~ ERROR moving a captured value out of a closure (an `FnOnce` closure) is not supported by rustle yet
    println!("{}", c());
}
