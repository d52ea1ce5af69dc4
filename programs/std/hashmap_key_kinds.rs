// HashMap lookups for each kind of key the tables compare without a hash stream (integers of every
// width, String and &str keys, looked up by &String, &str and &&str) and one that needs the stream (a
// tuple), in one program so that the integer and str paths alternate. Probe literals carry their type
// (rustle does not yet infer it from the key type through Borrow, as rustc does).
use std::collections::HashMap;

fn main() {
    let mut small: HashMap<u8, u32> = HashMap::new();
    let mut wide: HashMap<i64, u32> = HashMap::new();
    let mut mid: HashMap<i16, u32> = HashMap::new();
    let mut words: HashMap<String, u32> = HashMap::new();
    let mut refs: HashMap<&str, u32> = HashMap::new();
    let mut pairs: HashMap<(u32, bool), u32> = HashMap::new();
    let text = "one two three two one four one five";
    for (i, w) in text.split(' ').enumerate() {
        *small.entry((i * 37 % 256) as u8).or_insert(0) += 1;
        *wide.entry(-(i as i64) * 1_000_000_007).or_insert(0) += i as u32;
        *mid.entry((i as i16) - 3).or_insert(0) += 2;
        *words.entry(w.to_string()).or_insert(0) += 1;
        *refs.entry(w).or_insert(0) += 10;
        *pairs.entry((w.len() as u32, i % 2 == 0)).or_insert(0) += 1;
    }
    let key = String::from("one");
    let probe: &str = "two";
    println!("{:?} {:?} {:?}", words.get(&key), words.get(probe), words.get("six"));
    println!("{:?} {:?} {:?}", refs.get(&"one"), refs.get("three"), refs.contains_key("seven"));
    println!("{:?} {:?} {:?}", small.get(&37u8), small.get(&0u8), small.contains_key(&1u8));
    println!("{:?} {:?}", wide.get(&-7_000_000_049i64), wide.get(&7i64));
    println!("{:?} {:?}", mid.get(&-3i16), mid.get(&4i16));
    println!("{:?} {:?}", pairs.get(&(3, true)), pairs.get(&(5, false)));
    for _ in 0..3 {
        for n in 0..200u8 {
            *small.entry(n).or_insert(0) += 1;
        }
        for n in 0..300i64 {
            wide.insert(n * n, n as u32);
        }
        let mut longer = String::new();
        for n in 0..40 {
            longer.push_str("ab");
            *words.entry(longer.clone()).or_insert(n) += 1;
        }
    }
    println!("{} {} {} {}", small.len(), wide.len(), words.len(), pairs.len());
    println!("{:?}", words.get("abababab"));
    println!("{:?}", words.remove("ab"));
    println!("{:?} {:?} {:?}", small.remove(&199u8), small.remove(&199u8), wide.remove(&(299i64 * 299)));
    let mut ws: Vec<(&String, &u32)> = words.iter().filter(|(k, _)| k.len() < 6).collect();
    ws.sort();
    println!("{:?}", ws);
    let mut ss: Vec<(&u8, &u32)> = small.iter().filter(|(k, _)| **k < 4 || **k > 196).collect();
    ss.sort();
    println!("{:?}", ss);
}
