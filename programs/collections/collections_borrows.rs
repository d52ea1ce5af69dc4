// Borrows through the collections' methods are checked as rustc checks std's: an entry's value keeps
// the map borrowed, a reference to an element keeps the deque borrowed, and so does iterating it.
use std::collections::{BTreeMap, VecDeque};

fn main() {
    let mut m: BTreeMap<u8, u8> = BTreeMap::new();
    let v = m.entry(1).or_insert(0);
    m.insert(2, 2); //~ ERROR E0499
    *v += 1;
    let mut d: VecDeque<u8> = VecDeque::new();
    d.push_back(1);
    let f = d.front().unwrap();
    d.push_back(2); //~ ERROR E0502
    println!("{}", f);
    for x in &d {
        d.push_back(*x); //~ ERROR E0502
    }
}
