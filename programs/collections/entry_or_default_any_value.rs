// `Entry::or_default` inserts any Default value: a derived struct, a hand-written impl, a
// `#[default]` enum variant, Option, tuples and arrays, besides String, Vec and numbers.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Tally { hits: u32, sum: i64, names: Vec<String> }

struct Start { n: i32 }
impl Default for Start {
    fn default() -> Self { Start { n: 100 } }
}

#[derive(Default, Debug, Clone, Copy)]
enum Mode { #[default] Off, On }

fn main() {
    let mut t: HashMap<&str, Tally> = HashMap::new();
    for (k, v) in [("a", 4), ("b", 2), ("a", 3)] {
        let e = t.entry(k).or_default();
        e.hits += 1;
        e.sum += v;
        e.names.push(format!("{}{}", k, v));
    }
    println!("{:?}", t["a"]);
    println!("{:?}", t["b"]);

    let mut s: HashMap<u8, Start> = HashMap::new();
    s.entry(7).or_default().n += 1;
    s.entry(7).or_default().n += 1;
    println!("{}", s[&7].n);

    let mut m: HashMap<char, Mode> = HashMap::new();
    println!("{:?}", m.entry('x').or_default());
    *m.entry('x').or_default() = Mode::On;
    println!("{:?}", m[&'x']);

    let mut o: HashMap<i32, (Option<u8>, [i16; 2], String)> = HashMap::new();
    o.entry(1).or_default().2.push_str("set");
    println!("{:?}", o[&1]);

    let mut lists: HashMap<i32, Vec<i32>> = HashMap::new();
    lists.entry(1).or_default().push(5);
    lists.entry(1).or_insert_with(Vec::new).push(6);
    println!("{:?}", lists[&1]);

    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_default() += 1;
    }
    println!("{} {}", counts[&'l'], counts[&'h']);
}
