//@ check-fail
// With two reference parameters, the elision rules cannot tell which one the result borrows from, so
// the return type needs a named lifetime: `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str`. E0106.
fn longest(x: &str, y: &str) -> &str { //~ ERROR E0106
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("ab", "c"));
}
