// std's BinaryHeap implements no comparison: `==` between two heaps is E0369 (compare into_sorted_vec()
// results instead), whatever the element type.
use std::collections::BinaryHeap;

fn main() {
    let a = BinaryHeap::from(vec![1, 2]);
    let b = BinaryHeap::from(vec![2, 1]);
    println!("{}", a == b); //~ ERROR E0369
    println!("{}", a.into_sorted_vec() == b.into_sorted_vec());
}
