//@ check-fail
// A String owns a heap buffer. `let t = s;` moves that ownership to `t`: the bytes stay where they
// are, but `s` is now moved-from, and reading it again is E0382.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t); //~ ERROR E0382
}
