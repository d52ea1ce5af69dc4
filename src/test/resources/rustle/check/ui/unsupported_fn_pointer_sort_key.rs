//@ check-fail
// A fn pointer value given to a std method for its closure parameter is named as unsupported (it was an
// internal error, "not callable: FnPtr", when the program was compiled). A fn item still works.
fn neg(p: &(i32, char)) -> i32 {
    -p.0
}

fn main() {
    let mut v = vec![(1, 'a'), (3, 'b')];
    v.sort_by_key(neg);
    let k: fn(&(i32, char)) -> i32 = neg;
    v.sort_by_key(k); //~ ERROR a `fn` pointer value as the closure of `sort_by_key` is not supported by rustle yet
    println!("{:?}", v);
}
