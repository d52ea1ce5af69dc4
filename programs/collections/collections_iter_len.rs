// The collections' iterators are ExactSizeIterators (len) and work with the adapters and consumers.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
fn main() {
    let d: VecDeque<i32> = (1..6).collect();
    println!("{} {:?} {:?}", d.iter().len(), d.iter().max(), d.iter().enumerate().last());
    let m = BTreeMap::from([(1, 10), (2, 20)]);
    println!("{} {}", m.values().sum::<i32>(), m.iter().len());
    println!("{:?}", m.keys().max());
    let s: BTreeSet<i32> = d.iter().copied().filter(|x| x % 2 == 1).collect();
    println!("{:?} {}", s, s.iter().len());
    let h: BinaryHeap<i32> = d.iter().copied().collect();
    println!("{} {:?}", h.iter().len(), h.iter().rev().next());
    let total: i32 = d.into_iter().map(|x| x * 2).sum();
    println!("{}", total);
}
