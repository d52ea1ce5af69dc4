//@ run-fail
// A range out of bounds in a method call's receiver panics at the range, like in `&v[1..9]`.
fn main() {
    let v: Vec<i32> = vec![1, 2, 3, 4];
    println!("{}", v[1..3].len());
    println!("{}", v[1..9].len());
}
