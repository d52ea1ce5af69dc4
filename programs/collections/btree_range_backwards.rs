//@ run-fail
// A range whose start is past its end panics, as std's BTreeMap::range does (rustc reports the
// panic inside std's btree/search.rs; rustle at the call).
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<i32, i32> = (0..10).map(|i| (i, i)).collect();
    println!("{}", m.range(2..5).count());
    println!("{}", m.range(5..2).count());
}
