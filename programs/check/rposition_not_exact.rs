// rposition needs an ExactSizeIterator (Chars is not one): E0277.
fn main() {
    let n = "abc".chars().rposition(|c| c == 'b'); //~ ERROR E0277
    println!("{:?}", n);
}
