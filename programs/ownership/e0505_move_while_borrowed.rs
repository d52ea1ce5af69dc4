//@ check-fail
// `r` borrows `s`, and the borrow is still used on the last line. Moving `s` in between would leave
// `r` pointing at a value that has a new owner (and may already be freed): E0505.
fn main() {
    let s = String::from("borrowed");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}
