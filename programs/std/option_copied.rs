// Option<&T>::copied turns a borrowed element into an owned copy.
fn main() {
    let v = vec![1, 2, 3];
    let first: Option<i32> = v.first().copied();
    let missing = v.get(7).copied().unwrap_or(0);
    println!("{:?} {}", first, missing);
}
