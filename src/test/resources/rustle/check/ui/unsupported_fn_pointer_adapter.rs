//@ check-fail
// A fn pointer value given to an iterator adapter is named as unsupported (it was a false E0277
// saying a `fn(i32) -> i32` is not an `FnMut(i32)` closure).
fn main() {
    let f: fn(i32) -> i32 = |x| x + 1;
    let v: Vec<i32> = vec![1, 2].into_iter().map(f).collect(); //~ ERROR a `fn` pointer value as the closure of `map` is not supported by rustle yet
    println!("{:?}", v);
}
