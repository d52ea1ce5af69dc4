//@ check-fail
// `rev` needs a DoubleEndedIterator: a split by a string is not one (rustc's E0277 at the call); rustle
// used to accept it and fail with an internal error when the loop ran backwards.
fn main() {
    let forward: Vec<char> = "abc".chars().rev().collect(); // Chars is double-ended
    println!("{:?}", forward);
    let v: Vec<&str> = "a, b".split(", ").rev().collect(); //~ ERROR E0277
}
