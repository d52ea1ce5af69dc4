// `map[&2]` on a map whose keys are u8 or u64: the literal takes the key type (a number's only
// Borrow impl is its own), so the key is found rather than hashed as an i32.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut small: HashMap<u8, &str> = HashMap::new();
    small.insert(2, "two");
    println!("{}", small[&2]);
    let mut big = HashMap::new();
    big.insert(40u64, 1.5);
    println!("{}", big[&40]);
    let mut sorted = BTreeMap::new();
    sorted.insert(3i16, 'c');
    println!("{}", sorted[&3]);
}
