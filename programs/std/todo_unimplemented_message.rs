//@ run-fail
// todo!/unimplemented! with a format message append it after std's fixed text.
fn plan(x: i32) -> i32 {
    if x > 0 {
        todo!("positive {}", x)
    }
    unimplemented!("feature {x}")
}
fn main() {
    println!("planning");
    plan(3);
}
