// HashMap::extend and HashSet::extend with owned items (reserving as std does: all of the lower bound
// into an empty table, half of it into a filled one); tables and Options as the IntoIterator argument of
// extend, zip and chain.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.extend(vec![(String::from("a"), 1), (String::from("b"), 2)]);
    println!("{} {}", m.len(), m.capacity());
    m.extend([(String::from("a"), 10), (String::from("c"), 3), (String::from("d"), 4)]);
    let mut e: Vec<_> = m.iter().collect();
    e.sort();
    println!("{:?} {}", e, m.capacity());
    let other: HashMap<String, i32> = HashMap::from([(String::from("z"), 26)]);
    m.extend(other);
    println!("{} {:?}", m.len(), m.get("z"));

    let mut s: HashSet<char> = HashSet::new();
    s.extend("hello".chars());
    s.extend(vec!['x', 'h']);
    let mut v: Vec<_> = s.into_iter().collect();
    v.sort();
    println!("{:?}", v);
    let mut n: HashSet<i32> = (0..3).collect();
    n.extend(10..20);
    println!("{} {}", n.len(), n.capacity());

    let one: HashSet<i32> = HashSet::from([7]);
    let z: Vec<(&i32, &i32)> = [1].iter().zip(&one).collect();
    println!("{:?}", z);
    let pairs: HashMap<i32, char> = HashMap::from([(1, 'a')]);
    let c: Vec<(i32, char)> = vec![(0, 'z')].into_iter().chain(pairs).collect();
    let mut w = vec![1];
    w.extend(one);
    w.extend(Some(2));
    w.extend(None::<i32>);
    println!("{:?} {:?}", c, w);
}
