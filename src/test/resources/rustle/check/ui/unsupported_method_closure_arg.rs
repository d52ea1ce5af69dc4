//@ check-fail
// A std method rustle lacks, called with a closure: only the method is reported, not a false E0282 on the
// closure's parameters (their types would come from the method's signature).
fn main() {
    let mut v = vec![5u64, 1, 4];
    v.dedup_by(|a, b| a == b); //~ ERROR `Vec::dedup_by` is not supported by rustle yet
    println!("{:?}", v);
}
