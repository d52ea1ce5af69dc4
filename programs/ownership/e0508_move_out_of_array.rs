//@ check-fail
// An array owns its elements inline. Moving one element out by index is E0508: the array would still
// drop that slot later. Destructure the whole array, borrow the element, or clone it.
fn main() {
    let a = [String::from("x"), String::from("y")];
    let s = a[0]; //~ ERROR E0508
    println!("{}", s);
}
