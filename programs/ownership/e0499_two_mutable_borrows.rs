//@ check-fail
// At most one `&mut` to a value may be live at a time. `a` is still used after `b` is taken: E0499.
fn main() {
    let mut s = String::from("one");
    let a = &mut s;
    let b = &mut s; //~ ERROR E0499
    a.push_str(" two");
    b.push_str(" three");
    println!("{}", s);
}
