// trim_start_matches / trim_end_matches / trim_matches strip a pattern repeatedly (char or &str).
fn main() {
    let s = "xxabcxx";
    println!("{}", s.trim_start_matches('x'));
    println!("{}", s.trim_end_matches("x"));
    println!("{}", s.trim_start_matches("xx"));
    println!("{}", s.trim_matches('x'));
    println!("[{}]", "".trim_end_matches('x'));
    println!("[{}]", "xxxx".trim_start_matches('x'));
    println!("[{}]", "abab".trim_start_matches("ab"));
    println!("[{}]", "aba".trim_start_matches(""));
    println!("{}", "007".trim_start_matches('0'));
    let owned = String::from("--name--");
    let t: &str = owned.trim_end_matches('-');
    println!("{} {}", t, t.len());
    println!("{}", "héé".trim_end_matches('é'));
}
