//@ run-fail
// Unwinding through temporaries, closure calls, while-let bindings and an explicit panic!.
struct T(i32);
impl Drop for T {
    fn drop(&mut self) {
        println!("drop T({})", self.0);
    }
}
fn check(t: &T) -> i32 {
    if t.0 > 2 {
        panic!("value {} too big", t.0);
    }
    t.0
}
fn main() {
    let mut stack = vec![T(1), T(2), T(3)];
    let f = |x: &T| check(x) * 10;
    let mut acc = 0;
    while let Some(t) = stack.pop() {
        let _tmp = T(100 + t.0);
        acc += f(&T(t.0 + 1)) + check(&t);
        println!("acc {}", acc);
    }
    println!("done {}", acc);
}
