// `last_mut` borrows the vector mutably for as long as its result is used.
fn main() {
    let mut v = vec![1, 2, 3];
    let l = v.last_mut().unwrap();
    let f = v.first_mut().unwrap(); //~ ERROR E0499
    *l += 1;
    *f += 1;
}
