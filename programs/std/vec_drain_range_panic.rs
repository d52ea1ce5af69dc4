//@ run-fail
// Vec::drain checks its range as slice::range does; the panic points at the call.
fn take(v: &mut Vec<i32>, a: usize, b: usize) -> Vec<i32> {
    v.drain(a..b).collect()
}
fn main() {
    let mut v = vec![1, 2, 3, 4];
    println!("{:?}", take(&mut v, 1, 2));
    println!("{:?}", take(&mut v, 2, 7));
}
