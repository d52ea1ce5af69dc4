// Comparing two unsized strs (`*s == *"b"`, `*a < *b`) compares their text (it was an internal error).
fn main() {
    let s = String::from("b");
    println!("{}", *s == *"b");
    let t: &str = "c";
    println!("{} {}", *t == *"c", *s < *t);
    let r: &String = &s;
    println!("{}", **r == *"b");
}
