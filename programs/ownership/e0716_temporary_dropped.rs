//@ check-fail
// `String::from("hi")` creates a temporary String that is dropped at the end of the `let` statement,
// yet `r` would point into its buffer afterwards: E0716. Bind the String to a variable first.
fn main() {
    let r: &str = String::from("hi").as_str(); //~ ERROR E0716
    println!("{}", r);
}
