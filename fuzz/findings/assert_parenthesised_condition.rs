fn main() {
    let a: i32 = 1;
    let b: i32 = 2;
    assert!((a > b));
}
