// BTreeMap::range and BTreeSet::range over every kind of range: the entries whose keys fall in it,
// in key order (or reversed); literal bounds take the key type.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m: BTreeMap<u8, &str> = BTreeMap::new();
    for (i, w) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        m.insert(i as u8 * 2, w);
    }
    println!("{:?}", m.range(1..5).collect::<Vec<_>>());
    println!("{:?}", m.range(2..=6).map(|(k, _)| *k).collect::<Vec<u8>>());
    println!("{:?}", m.range(..4).collect::<Vec<_>>());
    println!("{:?}", m.range(..=4).rev().collect::<Vec<_>>());
    println!("{} {:?} {:?}", m.range(..).count(), m.range(9..).next(), m.range(3..3).next());
    let mut it = m.range(0..=8);
    println!("{:?} {:?}", it.next(), it.next_back());
    for (k, v) in m.range(5..) {
        print!("{}={} ", k, v);
    }
    println!();

    let mut s = BTreeSet::new();
    for w in ["pear", "apple", "fig", "kiwi"] {
        s.insert(w.to_string());
    }
    let (lo, hi) = (String::from("b"), String::from("l"));
    println!("{:?}", s.range(lo..hi).collect::<Vec<_>>());
    let words: BTreeSet<&str> = ["x", "a", "m"].into_iter().collect();
    println!("{:?}", words.range("b".."z").collect::<Vec<_>>());
}
