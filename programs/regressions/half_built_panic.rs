//@ run-fail
// A panic while a vector's elements are evaluated: the elements built so far are dropped after the
// panic message, innermost first, then the live locals; the buffer is freed.
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
fn main() {
    let _keep = N(0);
    let _v = vec![(N(1), String::from("one")), (N(2), String::from("two")), (boom(3), String::new())];
}
