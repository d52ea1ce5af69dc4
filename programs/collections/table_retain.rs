// HashMap::retain and HashSet::retain: the predicate sees each element once ((&K, &mut V) for a map),
// rejected elements are dropped at once, the table keeps its capacity.
use std::collections::{HashMap, HashSet};
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    for (k, v) in [("apple", 3), ("pear", 0), ("fig", 7), ("kiwi", 0)] {
        stock.insert(k, v);
    }
    stock.retain(|_, qty| {
        *qty *= 10;
        *qty > 0
    });
    let mut left: Vec<_> = stock.iter().collect();
    left.sort();
    println!("{:?} {} {}", left, stock.len(), stock.capacity());
    let mut owned: HashMap<u8, Noisy> = HashMap::new();
    owned.insert(1, Noisy("one"));
    owned.insert(2, Noisy("two"));
    owned.insert(3, Noisy("three"));
    owned.retain(|k, _| *k == 1);
    println!("kept {}", owned.len());
    let mut evens: HashSet<i32> = (1..=10).collect();
    evens.retain(|x| x % 2 == 0);
    let mut e: Vec<_> = evens.into_iter().collect();
    e.sort();
    println!("{:?}", e);
    stock.insert("plum", 1);
    println!("{}", stock.len());
}
