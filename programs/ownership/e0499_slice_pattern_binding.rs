//@ check-fail
// A binding of a slice pattern matched through `&mut` borrows the slice's element, so the vector stays
// mutably borrowed while the binding is used.
fn main() {
    let mut v = vec![1, 2, 3];
    if let [first, ..] = &mut v[..] {
        v.push(4); //~ ERROR E0499
        *first = 1;
    }
    println!("{:?}", v);
}
