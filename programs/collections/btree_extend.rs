// BTreeMap and BTreeSet extend: each item inserted in turn (a later value replaces an earlier one).
use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut m = BTreeMap::from([(2, "two".to_string())]);
    m.extend(vec![(1, "one".to_string()), (2, "TWO".to_string())]);
    m.extend([(5, String::from("five"))]);
    println!("{:?}", m);
    let mut s = BTreeSet::new();
    s.extend("hello world".chars().filter(|c| c.is_alphabetic()));
    s.extend(vec!['z', 'a']);
    println!("{:?}", s);
    let mut w: BTreeSet<String> = BTreeSet::new();
    w.extend("b a b c".split(' ').map(String::from));
    println!("{:?}", w);
}
