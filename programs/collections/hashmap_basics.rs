// HashMap: insert hands back the value it replaces, lookups take any borrowed form of the key
// (&String or &str for String keys), the entry API counts words, and the capacity grows as hashbrown's.
use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    println!("{:?}", scores.insert(String::from("Blue"), 10));
    println!("{:?}", scores.insert(String::from("Yellow"), 50));
    println!("{:?}", scores.insert(String::from("Blue"), 25));
    let team = String::from("Blue");
    println!("{:?} {:?} {:?}", scores.get(&team), scores.get("Yellow"), scores.get("Red"));
    println!("{} {} {}", scores.len(), scores.contains_key("Blue"), scores.contains_key("Red"));
    if let Some(s) = scores.get_mut("Yellow") {
        *s += 1;
    }
    println!("{} {}", scores["Yellow"], scores[&team]);
    println!("{:?} {:?} {}", scores.remove("Yellow"), scores.remove("Yellow"), scores.len());
    println!("{:?}", scores);

    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let words = ["the", "cat", "and", "the", "dog", "and", "the", "bird"];
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    for w in ["the", "and", "cat", "fish"] {
        println!("{} {:?}", w, counts.get(w));
    }
    println!("{} words, {} distinct, text of {} bytes", words.len(), counts.len(), text.len());

    let mut total = 0;
    for (_, n) in &counts {
        total += *n;
    }
    for (_, n) in &mut counts {
        *n *= 10;
    }
    for n in counts.values_mut() {
        *n += 1;
    }
    let mut sum = 0;
    for n in counts.values() {
        sum += *n;
    }
    let mut key_bytes = 0;
    for k in counts.keys() {
        key_bytes += k.len();
    }
    println!("total {} sum {} key bytes {}", total, sum, key_bytes);

    let mut m: HashMap<char, Vec<i32>> = HashMap::new();
    m.entry('a').or_default().push(1);
    m.entry('a').or_default().push(2);
    m.entry('b').or_insert_with(|| Vec::<i32>::new()).push(3);
    let n = m.entry('c').or_insert_with(|| vec![7, 8]);
    n.push(9);
    m.entry('a').and_modify(|v: &mut Vec<i32>| v.push(100)).or_insert(vec![0]);
    m.entry('z').and_modify(|v: &mut Vec<i32>| v.push(100)).or_insert(vec![0]);
    for c in ['a', 'b', 'c', 'z'] {
        println!("{} {:?}", c, m[&c]);
    }

    let mut caps: Vec<usize> = Vec::new();
    let mut grow: HashMap<u64, u64> = HashMap::new();
    caps.push(grow.capacity());
    for i in 0..30 {
        grow.insert(i, i * i);
        caps.push(grow.capacity());
    }
    println!("{:?}", caps);
    let sized: HashMap<(u8, bool), i32> = HashMap::with_capacity(10);
    println!("{} {}", sized.capacity(), sized.is_empty());
    grow.clear();
    println!("{} {}", grow.len(), grow.capacity());
    println!("{} {}", std::mem::size_of::<HashMap<String, i32>>(), std::mem::size_of::<Option<HashMap<u8, u8>>>());
}
