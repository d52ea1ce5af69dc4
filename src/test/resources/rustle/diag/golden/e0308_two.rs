fn f() -> i32 {
    "hello"
}
fn main() {
    let a: i32 = 1;
    let b: bool = a;
    f();
}
