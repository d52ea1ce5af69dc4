//@ run-fail
// Indexing a HashMap with a key it does not hold panics, at the `[`, as std's Index impl does.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("apples", 3);
    println!("apples: {}", stock["apples"]);
    let pears = stock["pears"];
    println!("never printed: {}", pears);
}
