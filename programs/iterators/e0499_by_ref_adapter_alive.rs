//@ check-fail
// An adapter over `it.by_ref()` holds the mutable borrow of `it` while it is used.
fn main() {
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    let mut t = it.by_ref().take(2);
    it.next(); //~ ERROR E0499
    println!("{:?}", t.next());
}
