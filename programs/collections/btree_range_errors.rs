// BTreeMap::range needs a range of the key type (or of a type the key borrows as).
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m: BTreeMap<u8, i32> = BTreeMap::new();
    m.insert(1, 1);
    let _ = m.range(5); //~ ERROR E0277
    let s: BTreeSet<String> = BTreeSet::new();
    let _ = s.range("a".."b"); //~ ERROR E0277
    let _ = m.range(1.5..2.0); //~ ERROR E0277
}
