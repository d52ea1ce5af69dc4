// BTreeMap and BTreeSet keys: K: Ord is required by each method (E0277), a lookup key must be the key
// type or one std's Borrow impls give (a `&u8` for `i32` keys is E0308; an integer for String keys E0277).
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, PartialEq)]
struct Point(i32);

fn main() {
    let mut m = BTreeMap::new();
    m.insert(Point(1), 1); //~ ERROR E0277
    let mut s: BTreeSet<Point> = BTreeSet::new();
    s.insert(Point(2)); //~ ERROR E0277
    let mut n: BTreeMap<i32, i32> = BTreeMap::new();
    n.insert(1, 2);
    let k: u8 = 1;
    println!("{:?}", n.get(&k)); //~ ERROR E0308
    let mut w: BTreeMap<String, i32> = BTreeMap::new();
    w.insert("a".to_string(), 1);
    println!("{:?} {:?}", w.get("a"), w.get(&5)); //~ ERROR E0277
}
