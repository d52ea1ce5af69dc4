//@ check-fail
// `first` points into the vector's heap buffer. `push` may reallocate that buffer, moving the
// elements and freeing the old block, which would leave `first` dangling. So while `first` is still
// used, the mutable borrow that `push` needs is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4); //~ ERROR E0502
    println!("{}", first);
}
