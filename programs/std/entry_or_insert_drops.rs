//@ run-fail
// Entry::or_insert drops the key it was given and the value when the key is already there (key
// first), moves both into the table when it is not, and a value expression that panics drops the
// entry's key while unwinding, before the map itself.
use std::collections::HashMap;

#[derive(Hash, PartialEq, Eq, Debug)]
struct Key(u32);

impl Drop for Key {
    fn drop(&mut self) {
        println!("drop key {}", self.0);
    }
}

struct Val(&'static str);

impl Drop for Val {
    fn drop(&mut self) {
        println!("drop val {}", self.0);
    }
}

fn boom() -> Val {
    panic!("no value for the entry")
}

fn main() {
    let mut m: HashMap<Key, Val> = HashMap::new();
    m.entry(Key(1)).or_insert(Val("first"));
    println!("inserted");
    let v = m.entry(Key(1)).or_insert(Val("second"));
    println!("got {}", v.0);
    println!("contains {} {}", m.contains_key(&Key(1)), m.contains_key(&Key(2)));
    match m.get(&Key(1)) {
        Some(v) => println!("get {}", v.0),
        None => println!("get none"),
    }
    if let Some(v) = m.get_mut(&Key(1)) {
        v.0 = "changed";
    }
    println!("len {} missing {}", m.len(), m.get(&Key(3)).is_none());
    m.entry(Key(5)).or_insert(boom());
    println!("not reached");
}
