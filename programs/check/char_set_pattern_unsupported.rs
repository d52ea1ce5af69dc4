// An array or slice of chars as a str pattern (any of the chars) is valid Rust that rustle does not run
// yet: it is named unsupported at the pattern (it was an internal error when run).
fn main() {
    let s = "abxyba";
    println!("{}", s.trim_matches(&['a', 'b'][..])); //~ ERROR an array or slice of chars as a string pattern
    println!("{:?}", s.split(['x', 'y']).count()); //~ ERROR an array or slice of chars as a string pattern
    println!("{:?}", s.find(&['y', 'b'])); //~ ERROR an array or slice of chars as a string pattern
}
