//@ run-fail
// String::truncate inside a multi-byte char fails std's char-boundary assertion (it used to cut the
// char in half silently).
fn cut(s: &mut String, n: usize) {
    s.truncate(n);
    println!("{:?}", s);
}
fn main() {
    let mut s = String::from("naïve");
    cut(&mut s, 4);
    cut(&mut s, 3);
}
