//@ run-fail
// rustc reports an overflow inside parentheses at the `(`: the parenthesised expression's span.
fn half_sum(a: u8) -> u8 {
    (a + a) / 2
}
fn main() {
    let a: i32 = 1;
    let b: i32 = 2;
    assert!((a < b));
    assert!(!(a > b));
    println!("{}", half_sum(100));
    println!("{}", half_sum(200));
}
