fn f() -> i64 {
    println!("in f");
    90
}
fn main() {
    assert_eq!(f(), 90);
    println!("ok");
    assert_eq!(f(), 0);
}
