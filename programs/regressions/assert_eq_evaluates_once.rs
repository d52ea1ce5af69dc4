//@ run-fail
// assert_eq! evaluates each operand once, also when it fails: `in f` is printed once per call.
fn f() -> i64 {
    println!("in f");
    90
}
fn main() {
    assert_eq!(f(), 90);
    println!("ok");
    assert_eq!(f(), 0, "f gave {}", 90);
}
