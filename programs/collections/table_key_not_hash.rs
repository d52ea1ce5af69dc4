use std::collections::{HashMap, HashSet};
#[derive(PartialEq, Eq)]
struct P {
    x: i32,
}
fn main() {
    let mut m: HashMap<(f64, i32), i32> = HashMap::new();
    println!("{}", m.len()); // no key is hashed: allowed
    m.insert((1.0, 1), 2); //~ ERROR E0599
    let s: HashSet<P> = vec![P { x: 1 }].into_iter().collect(); //~ ERROR E0277
}
