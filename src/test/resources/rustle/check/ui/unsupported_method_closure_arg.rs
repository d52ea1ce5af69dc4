//@ check-fail
// A std method rustle lacks, called with a closure: only the method is reported, not a false E0282 on the
// closure's parameters (their types would come from the method's signature).
fn main() {
    let mut v = vec![5u64, 1, 4];
    v.retain_mut(|a| *a > 1); //~ ERROR `Vec::retain_mut` is not supported by rustle yet
    println!("{:?}", v);
}
