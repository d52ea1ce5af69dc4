//@ check-fail
// `push` takes `&mut self`, so the call borrows `v` mutably; a binding without `mut` cannot lend
// mutable access: E0596. Declaring `let mut v` fixes it.
fn main() {
    let v = Vec::new();
    v.push(1); //~ ERROR E0596
    println!("{:?}", v);
}
