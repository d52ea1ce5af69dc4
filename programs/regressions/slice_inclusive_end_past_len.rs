//@ run-fail
// An inclusive range's end past the length is named as written: `..=3` on three elements says 3.
fn main() {
    let s = String::from("abc");
    println!("{}", &s[..=2]);
    let v = [1, 2, 3];
    let end = s.len();
    println!("{:?}", &v[..=end]);
}
