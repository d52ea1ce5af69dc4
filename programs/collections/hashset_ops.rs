// HashSet's set operations: intersection walks the smaller set, union starts with the larger one, and
// each yields references into the sets; sums and counts do not depend on the (unspecified) order.
use std::collections::HashSet;
fn main() {
    let mut a: HashSet<i32> = HashSet::new();
    let mut b: HashSet<i32> = HashSet::new();
    for i in 0..10 { a.insert(i * 2); }
    for i in 0..6 { b.insert(i * 3); }
    let mut s = 0; let mut n = 0;
    for x in a.intersection(&b) { s += *x; n += 1; }
    println!("inter {} {}", s, n);
    let (mut s, mut n) = (0, 0);
    for x in a.union(&b) { s += *x; n += 1; }
    println!("union {} {}", s, n);
    let (mut s, mut n) = (0, 0);
    for x in a.difference(&b) { s += *x; n += 1; }
    println!("diff {} {}", s, n);
    let (mut s, mut n) = (0, 0);
    for x in b.symmetric_difference(&a) { s += *x; n += 1; }
    println!("sym {} {}", s, n);
    let mut c: HashSet<i32> = HashSet::new();
    c.insert(6); c.insert(12);
    println!("{} {} {} {} {}", c.is_subset(&a), c.is_subset(&b), a.is_superset(&c), c.is_disjoint(&b), a.is_disjoint(&HashSet::new()));
    println!("{}", a.intersection(&b).count());
}
