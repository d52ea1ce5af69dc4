// Ord::cmp and PartialOrd::partial_cmp on integers (they were "not supported").
use std::cmp::Ordering;
fn main() {
    let mut v = vec![5u64, 1, 4, 2];
    v.sort();
    v.reverse();
    let mut w = vec![-3i32, 7, 0];
    w.sort();
    let x: i32 = 4;
    let r = match x.cmp(&4) {
        Ordering::Less => "lt",
        Ordering::Equal => "eq",
        Ordering::Greater => "gt",
    };
    let big = 300usize.cmp(&2);
    println!("{:?} {:?} {} {:?} {:?}", v, w, r, big, 1u8.partial_cmp(&2));
}
