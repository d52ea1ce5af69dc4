// BTreeSet union, intersection, difference and symmetric_difference yield in order (a merge of the two
// sorted sets), and the subset tests built on them.
use std::collections::BTreeSet;
fn main() {
    let a: BTreeSet<i32> = [1, 3, 5, 7, 9].into_iter().collect();
    let b = BTreeSet::from([2, 3, 4, 9, 10]);
    println!("{:?}", a.union(&b).collect::<Vec<_>>());
    println!("{:?}", a.intersection(&b).cloned().collect::<BTreeSet<i32>>());
    println!("{:?}", a.difference(&b).collect::<Vec<&i32>>());
    println!("{:?}", b.difference(&a).count());
    let sd: Vec<i32> = a.symmetric_difference(&b).copied().collect();
    println!("{:?}", sd);
    let c = BTreeSet::from([3, 9]);
    println!("{} {} {} {}", c.is_subset(&a), a.is_superset(&c), c.is_subset(&b), a.is_disjoint(&BTreeSet::from([0, 2])));
    let e: BTreeSet<i32> = BTreeSet::new();
    println!("{} {:?}", e.is_subset(&a), e.union(&c).max());
    for x in a.intersection(&b) { print!("{} ", x); }
    println!();
}
