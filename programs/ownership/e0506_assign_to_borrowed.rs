//@ check-fail
// Overwriting a value while a reference to it is still used is E0506: the reader would see the value
// change under it (and a String's old buffer would be freed).
fn main() {
    let mut x = 1;
    let r = &x;
    x = 2; //~ ERROR E0506
    println!("{} {}", r, x);
}
