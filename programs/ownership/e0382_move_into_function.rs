//@ check-fail
// Passing a String by value moves it into the callee's parameter: `consume` now owns it and frees it
// when it returns, so the caller may not use `s` afterwards. Passing `&s` would lend it instead.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("moved away");
    let n = consume(s);
    println!("{} {}", n, s); //~ ERROR E0382
}
