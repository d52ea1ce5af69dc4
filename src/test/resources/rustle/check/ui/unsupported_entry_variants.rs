//@ check-fail
// rustle's hash_map::Entry has the methods (or_insert, and_modify...) but not std's two variants: matching
// on them is named as unsupported, not rustc's false E0599 "no associated item named `Occupied`".
use std::collections::hash_map::Entry;
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    match m.entry("a") {
        Entry::Occupied(mut o) => *o.get_mut() += 1, //~ ERROR `Entry::Occupied` is not supported by rustle yet
        Entry::Vacant(v) => {} //~ ERROR `Entry::Vacant` is not supported by rustle yet
    }
    println!("{:?}", m);
}
