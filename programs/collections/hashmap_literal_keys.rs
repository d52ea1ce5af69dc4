// A literal key takes the map's key type, as `K: Borrow<Q>` makes it in rustc: u8, i64 and u16 keys found.
use std::collections::{HashMap, HashSet};
fn main() {
    let mut m: HashMap<u8, &str> = HashMap::new();
    m.insert(37, "a");
    let mut big: HashMap<i64, i32> = HashMap::new();
    big.insert(-7_000_000_049, 1);
    let mut s: HashSet<u16> = HashSet::new();
    s.insert(300);
    let mut names: HashMap<String, i32> = HashMap::new();
    names.insert(String::from("x"), 5);
    println!("{:?} {} {:?}", m.get(&37), m.contains_key(&37), big.get(&-7_000_000_049));
    println!("{} {:?} {:?}", s.contains(&300), names.get("x"), m.remove(&37));
    println!("{} {}", s.remove(&300), m.len());
}
