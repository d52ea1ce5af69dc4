// ExactSizeIterator::len of the iterators std gives it: slice and vec iterators, small-integer ranges,
// windows and chunks, and the adapters that keep an exact size (skip, enumerate, rev, take, zip).
use std::collections::HashMap;
fn main() {
    let v = vec![10, 20, 30, 40];
    let mut it = v.iter().skip(1).enumerate();
    println!("{}", it.len());
    it.next();
    println!("{}", it.len());
    let w: Vec<usize> = v.windows(2).map(|w| w.len()).collect();
    println!("{:?} {}", w, v.chunks(3).len());
    let mut s = v.into_iter().rev().take(3);
    s.next();
    println!("{}", s.len());
    let mut r = 0u8..=9;
    r.next();
    println!("{} {}", r.len(), (5..2).len());
    let z = [1, 2].iter().zip([3, 4, 5].iter()).len();
    println!("{}", z);
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{}", m.len());
}
