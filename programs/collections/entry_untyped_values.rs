// `*e += 1` on a map's value before anything names the value type (`HashMap::new()` with no
// annotation, `and_modify` before `or_insert(1)`): once a false E0368 on type `_`.
use std::collections::HashMap;

fn main() {
    let mut counter = HashMap::new();
    for w in "a b a c b a".split(' ') {
        counter.entry(w).and_modify(|e| *e += 1).or_insert(1);
    }
    let mut seen: Vec<_> = counter.iter().collect();
    seen.sort();
    println!("{:?}", seen);

    let mut totals = HashMap::new();
    for (k, v) in [("x", 2.5), ("y", 1.0), ("x", 0.25)] {
        totals.entry(k).and_modify(|t| *t *= 2.0).or_insert(v);
    }
    let mut t: Vec<_> = totals.into_iter().collect();
    t.sort_by(|a, b| a.0.cmp(b.0));
    println!("{:?}", t);
}
