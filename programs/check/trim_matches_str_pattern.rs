// trim_matches strips from both ends, so std needs a pattern searched the same way from either end:
// a char or chars, not a string (E0277; rustle stripped the prefix "ab" and then no suffix "ab").
// trim_start_matches and trim_end_matches take any pattern.
fn main() {
    let s = "abxyba";
    let p = String::from("ab");
    println!("{}", s.trim_matches("ab")); //~ ERROR E0277
    println!("{}", s.trim_matches(&p)); //~ ERROR E0277
    println!("{} {}", s.trim_start_matches("ab"), s.trim_end_matches(&p));
    println!("{}", s.trim_matches('a'));
}
