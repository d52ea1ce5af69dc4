// The moves that make a closure FnOnce are found in struct and tuple fields and in a `for` loop over a
// captured collection too: the closure takes those captures by value and its call consumes it.
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Wrapper { inner: Noisy }
fn main() {
    let n = Noisy("captured");
    let c = move || Wrapper { inner: n };
    println!("{}", c().inner.0);
    let v = vec![String::from("q"), String::from("r")];
    let consume = || { for s in v { println!("{}", s); } };
    consume();
    let p = Noisy("p");
    let mk = || (p, 1);
    let (q, k) = mk();
    println!("{} {}", q.0, k);
}
