// A returned `impl Iterator<Item = T>` must yield T: an iterator of u32 returned as one of u64 is E0271
// (rustle dropped the binding and ran it); matching item types, references and generics are accepted.
fn evens(v: Vec<u32>) -> impl Iterator<Item = u64> { //~ ERROR E0271
    v.into_iter().filter(|x| x % 2 == 0)
}
fn refs(v: &[u32]) -> impl Iterator<Item = &u32> + '_ {
    v.iter().filter(|x| **x > 1)
}
fn same<T: Copy>(v: Vec<T>) -> impl Iterator<Item = T> {
    v.into_iter()
}
fn main() {
    for e in evens(vec![1, 2, 3, 4]) {
        println!("{}", e);
    }
    println!("{:?} {:?}", refs(&[1, 2, 3]).collect::<Vec<_>>(), same(vec![1]).collect::<Vec<i32>>());
}
