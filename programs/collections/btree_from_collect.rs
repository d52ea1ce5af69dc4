// BTreeMap and BTreeSet from arrays and collected: sorted by key, a later duplicate key's value
// replacing the earlier one (as std's bulk build); for loops over them by reference and by value.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let m = BTreeMap::from([(3, 'c'), (1, 'a'), (3, 'z'), (2, 'b')]);
    println!("{:?}", m);
    for (k, v) in &m {
        print!("{}{} ", k, v);
    }
    println!();
    let mut n: BTreeMap<&str, i32> = vec![("x", 1), ("a", 2), ("x", 3)].into_iter().collect();
    for (_, v) in &mut n {
        *v *= 10;
    }
    println!("{:?}", n);
    for (k, v) in n {
        print!("{}:{} ", k, v);
    }
    println!();
    let mut s = BTreeSet::new();
    for x in [5, 1, 4, 1, 3] {
        print!("{} ", s.insert(x));
    }
    println!();
    println!("{:?} {} {} {:?} {:?}", s, s.len(), s.contains(&4), s.first(), s.last());
    println!("{} {}", s.remove(&4), s.remove(&4));
    let t: BTreeSet<char> = "hello".chars().collect();
    println!("{:?} {:#?}", t, t);
    let u = BTreeSet::from(["b", "a"]);
    for x in &u {
        print!("{} ", x);
    }
    let v: Vec<_> = s.iter().collect();
    println!("{:?}", v);
    for x in s {
        print!("{} ", x);
    }
    println!();
    println!("{:#?}", BTreeMap::from([(1, vec![1, 2])]));
}
