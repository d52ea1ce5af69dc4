//@ check-fail
// A fn pointer as a string pattern is valid Rust that rustle does not run yet: said so, never a crash.
fn main() {
    let s = "a,b;c";
    let f: fn(char) -> bool = |c| c == ',' || c == ';';
    let v: Vec<&str> = s.split(f).collect(); //~ ERROR a `fn` pointer value as the closure of `split` is not supported by rustle yet
    println!("{:?}", v);
}
