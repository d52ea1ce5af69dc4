// The borrowed iterators of VecDeque, BTreeMap and BTreeSet run backwards (rev, next_back) as std's
// double-ended ones do.
use std::collections::{BTreeMap, BTreeSet, VecDeque};
fn main() {
    let mut d: VecDeque<i32> = (1..6).collect();
    d.push_front(0);
    let r: Vec<_> = d.iter().rev().collect();
    println!("{:?} {:?}", r, d.iter().rev().rev().take(2).collect::<Vec<_>>());
    let mut it = d.iter();
    println!("{:?} {:?} {:?} {}", it.next(), it.next_back(), it.next(), it.len());
    let m = BTreeMap::from([(1, 'a'), (2, 'b'), (3, 'c')]);
    for (k, v) in m.iter().rev() { print!("{}{} ", k, v); }
    println!();
    println!("{:?} {:?} {:?}", m.keys().rev().collect::<Vec<_>>(), m.values().rev().next(), m.iter().next_back());
    let s = BTreeSet::from([5, 1, 3]);
    println!("{:?} {:?}", s.iter().rev().collect::<Vec<_>>(), s.iter().next_back());
    println!("{:?}", m.keys().next_back());
}
