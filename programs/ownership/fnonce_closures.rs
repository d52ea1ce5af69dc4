// A closure whose body moves a captured value out is FnOnce: it takes that value by value (even without
// `move`), and calling it consumes it. The call's frame then owns what the closure held: what the body
// moves out goes with it, the rest is dropped when the call ends, and nothing is dropped again with the
// closure variable. A closure that is never called drops what it holds with itself.
struct Token(&'static str);
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn run<F: FnOnce() -> Token>(f: F) -> Token {
    println!("run calls the closure");
    f()
}
fn main() {
    let name = String::from("owned text");
    let give = || name;
    let got = give();
    println!("got {}", got);
    let a = Token("a");
    let b = Token("b");
    let swap = move || {
        let kept = a;
        println!("closure keeps {} and holds {}", kept.0, b.0.len());
        b
    };
    let back = run(swap);
    println!("back {}", back.0);
    let unused = Token("unused");
    let never = move || unused;
    drop(never);
    println!("end of main");
}
