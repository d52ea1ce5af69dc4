// str::to_ascii_uppercase/to_ascii_lowercase (a copy of exact capacity, non-ASCII kept) and eq_ignore_ascii_case.
fn main() {
    let u = "Hello, Wörld!".to_ascii_uppercase();
    println!("{} {} {}", u, u.len(), u.capacity());
    let l = String::from("MiXeD ÄÖ").to_ascii_lowercase();
    println!("{} {}", l, l.capacity());
    println!("{} {} {}", "abc".eq_ignore_ascii_case("ABC"), "abc".eq_ignore_ascii_case("abd"), "ä".eq_ignore_ascii_case("Ä"));
    let s = String::from("Rust");
    println!("{}", s.eq_ignore_ascii_case("rUST"));
}
