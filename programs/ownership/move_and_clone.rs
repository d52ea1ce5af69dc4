//@ run-pass
// `clone` makes a deep copy: a second heap buffer with the same bytes, owned by the new variable. After
// it both Strings are usable and independent. Passing `&s` lends the value instead of moving it.
fn length(s: &String) -> usize {
    s.len()
}

fn take(s: String) -> String {
    let mut s = s;
    s.push_str(" (taken)");
    s // ownership goes back to the caller
}

fn main() {
    let s = String::from("hello");
    let mut t = s.clone();
    t.push_str(", world");
    println!("s = {}, t = {}", s, t);

    let n = length(&s); // borrowed: `s` is still ours
    println!("length of s = {}", n);

    let back = take(s); // moved in, and a String moved back out
    println!("back = {}", back);
}
