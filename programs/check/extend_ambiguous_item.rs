// A Vec of a Copy type has both Extend<T> and Extend<&T>: extending it with items of a type nothing
// fixes (`None`, an empty `Vec::new()`) is rustc's E0283, reported once as rustc does (rustle took the
// items to be T). A Vec of a non-Copy type has only Extend<T>, which fixes the items' type.
fn main() {
    let mut w: Vec<i32> = vec![1];
    w.extend(None); //~ ERROR E0283
    w.extend(Vec::new());
    let mut s: Vec<String> = vec![];
    s.extend(None);
    println!("{:?} {:?}", w, s);
}
