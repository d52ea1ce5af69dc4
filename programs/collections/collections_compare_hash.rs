// Comparisons of the collections are std's (element by element, a prefix first), and a VecDeque or a
// BTreeSet used as a hash table key hashes as std's (its length, then its elements in order), so equal
// deques find each other wherever their rings start.
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

fn main() {
    let a = VecDeque::from(vec![1, 2]);
    let mut b = VecDeque::new();
    b.push_back(2);
    b.push_front(1);
    println!("{} {} {:?}", a < b, a == b, a.cmp(&b));
    let c = VecDeque::from([3]);
    println!("{} {} {:?}", a < c, c > a, VecDeque::from([1, 2, 0]).partial_cmp(&a));
    let mut seen = HashSet::new();
    seen.insert(a.clone());
    println!("{} {}", seen.contains(&b), seen.contains(&c));
    let s1 = BTreeSet::from([1, 2]);
    let s2 = BTreeSet::from([1, 3]);
    println!("{} {:?} {}", s1 < s2, s1.cmp(&s2), s1 == BTreeSet::from([2, 1]));
    let mut owners: HashMap<BTreeSet<&str>, u32> = HashMap::new();
    owners.insert(BTreeSet::from(["ann", "bob"]), 7);
    println!("{:?}", owners.get(&BTreeSet::from(["bob", "ann"])));
}
