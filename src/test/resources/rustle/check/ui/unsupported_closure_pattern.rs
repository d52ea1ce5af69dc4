//@ check-fail
// A closure as a string pattern is valid Rust that rustle does not run yet: said so, never a crash.
fn main() {
    let s = "a,b;c";
    let v: Vec<&str> = s.split(|c: char| c == ',' || c == ';').collect(); //~ ERROR a closure or function as a string pattern is not supported by rustle yet
    println!("{:?}", v);
}
