//@ check-fail
// `v[0]` is a place inside the vector's heap buffer. Moving the String out of it would leave a hole
// that the vector still frees when dropped: E0507. Borrow it (`&v[0]`), clone it, or `v.remove(0)`.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = v[0]; //~ ERROR E0507
    println!("{} {}", first, v.len());
}
