//@ run-fail
// A panic while a call's arguments are evaluated: the arguments already evaluated are dropped, last
// first, after the panic message; so are the live locals.
struct N(u32);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn boom(x: u32) -> N {
    if x > 2 {
        panic!("boom at {}", x);
    }
    N(x)
}
fn take(a: N, b: N, c: N) -> u32 {
    a.0 + b.0 + c.0
}
fn main() {
    let _keep = N(0);
    println!("{}", take(N(1), N(2), boom(2)));
    println!("{}", take(N(4), N(5), boom(6)));
}
