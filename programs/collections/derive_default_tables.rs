// #[derive(Default)] on a struct holding a HashMap and a HashSet, HashSet::default() and
// Default::default() for a table: rustle stopped with an internal error (no Default for the struct)
// or a false E0599; a &str field defaults to "" and a field with its own Default impl uses it.
use std::collections::{HashMap, HashSet};
#[derive(Default, Debug)]
struct Registry<'a> {
    names: HashMap<String, u32>,
    tags: HashSet<char>,
    count: usize,
    label: &'a str,
    inner: Level,
}
#[derive(Debug)]
struct Level(u8);
impl Default for Level {
    fn default() -> Self {
        Level(3)
    }
}
fn main() {
    let mut r = Registry::default();
    r.names.insert("a".to_string(), 1);
    r.tags.insert('x');
    r.tags.insert('x');
    r.count += 2;
    println!("{} {} {} {:?} {:?}", r.names.len(), r.tags.len(), r.count, r.label, r.inner);
    let m: HashMap<i32, i32> = Default::default();
    let s: HashSet<u8> = HashSet::default();
    println!("{} {}", m.is_empty(), s.len());
    let o: Option<HashMap<u8, u8>> = None;
    println!("{}", o.unwrap_or_default().len());
}
