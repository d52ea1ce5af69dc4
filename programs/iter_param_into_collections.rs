// An `I: IntoIterator` parameter given each of std's collections, by value and borrowed, with
// `into_iter()`, a `for` loop, and `I::IntoIter` as a return type.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn to_vec<I: IntoIterator>(items: I) -> Vec<I::Item> {
    items.into_iter().collect()
}

fn count<I: IntoIterator>(items: I) -> usize {
    let mut c = 0;
    for _ in items {
        c += 1;
    }
    c
}

fn iter_of<I: IntoIterator<Item = u8>>(items: I) -> I::IntoIter {
    items.into_iter()
}

fn main() {
    println!("{:?}", to_vec(Some(3)));
    let s: HashSet<i32> = [4].into_iter().collect();
    println!("{:?}", to_vec(&s));
    println!("{:?}", to_vec(s));
    let d: VecDeque<i32> = (1..4).collect();
    println!("{:?}", to_vec(&d));
    println!("{:?}", to_vec(d));
    let b: BTreeMap<&str, i32> = [("k", 1), ("a", 2)].into_iter().collect();
    println!("{:?}", to_vec(&b));
    println!("{:?}", to_vec(b));
    let bs: BTreeSet<u8> = [3, 1].into_iter().collect();
    println!("{:?}", to_vec(bs));
    let mut v = vec![1, 2];
    for x in to_vec(&mut v) {
        *x += 10;
    }
    println!("{:?}", v);
    let sl: &[i32] = &v;
    println!("{:?} {}", to_vec(sl), count(sl));
    let mut m = HashMap::new();
    m.insert(1, 2);
    println!("{:?} {}", to_vec(&m), count(&m));
    println!("{}", count(m));
    let w: Vec<u8> = iter_of(vec![7, 8]).rev().collect();
    println!("{:?}", w);
}
