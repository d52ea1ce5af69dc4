//@ check-fail
// A format argument must be sized (format_args! borrows it): a slice place is rustc's E0277, where
// rustle used to fail with an internal error.
fn main() {
    let v = vec![1, 2, 3];
    let s: &str = "abc";
    println!("{} {:?}", s, &v[1..]); // sized: references
    println!("{:?}", v[1..]); //~ ERROR E0277
}
