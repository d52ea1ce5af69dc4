// What a HashMap owns it drops: the value insert replaces is handed back, a key already present is
// dropped in favour of the stored one, remove drops the stored key, clear and the map's own drop drop
// every entry and free the table. Drops are counted (the map's order is unspecified), and the run ends
// with an empty heap.
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

struct Tracked {
    name: String,
    drops: Rc<Cell<u32>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

fn tracked(name: &str, drops: &Rc<Cell<u32>>) -> Tracked {
    Tracked { name: String::from(name), drops: Rc::clone(drops) }
}

fn main() {
    let drops = Rc::new(Cell::new(0));
    let mut m: HashMap<String, Tracked> = HashMap::new();
    for name in ["ann", "bob", "cy", "dee", "eve"] {
        m.insert(name.to_string(), tracked(name, &drops));
    }
    println!("after inserts: {} drops, {} entries", drops.get(), m.len());
    let old = m.insert(String::from("bob"), tracked("bob2", &drops));
    if let Some(t) = &old {
        println!("replaced {}, {} drops so far", t.name, drops.get());
    }
    drop(old);
    println!("after dropping the old value: {}", drops.get());
    if let Some(t) = m.remove("cy") {
        println!("removed {}, {} drops", t.name, drops.get());
    }
    println!("after the removed value went: {}", drops.get());
    println!("bob is now {}", m["bob"].name);
    {
        let mut inner: HashMap<u32, Tracked> = HashMap::new();
        for i in 0..20 {
            inner.insert(i, tracked("inner", &drops));
        }
        println!("inner holds {} (capacity {})", inner.len(), inner.capacity());
    }
    println!("after the inner map's scope: {}", drops.get());
    m.clear();
    println!("after clear: {} drops, {} entries, capacity {}", drops.get(), m.len(), m.capacity());
    m.insert(String::from("last"), tracked("last", &drops));
    let mut by_value = 0;
    for (k, v) in m {
        by_value += k.len() + v.name.len();
    }
    println!("iterated by value: {}, {} drops", by_value, drops.get());
    let mut partial: HashMap<i32, Tracked> = HashMap::new();
    for i in 0..4 {
        partial.insert(i, tracked("p", &drops));
    }
    for (k, _v) in partial {
        if k >= 0 {
            break;
        }
    }
    println!("after a loop that stopped early: {} drops", drops.get());
}
