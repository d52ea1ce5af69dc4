// std::collections::BTreeMap: keys kept in order (rustle's layout is a sorted Vec of entries), insert
// keeping the first key and returning the old value, lookups by a borrowed key, the entry API, Debug.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    println!("{:?}", m.insert(3, "c"));
    m.insert(1, "a");
    m.insert(2, "b");
    println!("{:?}", m.insert(3, "C"));
    println!("{:?} {} {:?} {:?}", m, m.len(), m.get(&2), m.get(&9));
    println!("{:#?}", m);
    println!("{} {}", m.contains_key(&1), m[&3]);
    for (k, v) in m.iter() {
        print!("{}={} ", k, v);
    }
    println!();
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?} {:?}", m.remove(&2), m.remove(&2));
    let keys: Vec<_> = m.keys().collect();
    let vals: Vec<_> = m.values().cloned().collect();
    println!("{:?} {:?}", keys, vals);

    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for w in "the cat the dog a cat the".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?} {:?} {}", counts, counts.get("the"), counts["dog"]);
    *counts.get_mut("cat").unwrap() += 10;
    for v in counts.values_mut() {
        *v *= 2;
    }
    for (_, v) in counts.iter_mut() {
        *v += 1;
    }
    for (k, v) in &mut counts {
        if k.len() == 1 {
            *v = 0;
        }
    }
    println!("{:?}", counts);
    println!("{:?} {:?}", counts.pop_first(), counts.pop_last());
    counts.entry("zebra".to_string()).or_default();
    counts.entry("dog".to_string()).and_modify(|v| *v = 100).or_insert(5);
    counts.retain(|k, _| k != "zebra");
    println!("{:?} {}", counts, counts == counts.clone());
    let pairs: Vec<(String, usize)> = counts.into_iter().collect();
    println!("{:?}", pairs);
}
