//@ check-fail
// A tuple pattern with the wrong number of elements is a type mismatch (E0308) in rustc, counted
// without the `..`; E0023 is for tuple structs and variants.
fn main() {
    let t = (1, 2, 3);
    match t {
        (a, b) => println!("{} {}", a, b), //~ ERROR E0308
    }
    let (p, .., q, r, s) = (1, 2); //~ ERROR E0308
    let (x,) = (5, 6); //~ ERROR mismatched types
    let (u, ..) = (1, 2, 3);
    println!("{}", u);
}
