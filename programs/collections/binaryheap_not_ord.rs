// BinaryHeap's push needs T: Ord: on a type known before the call rustc reports E0599 (the method's
// bounds), on one inferred from the argument E0277.
use std::collections::BinaryHeap;

struct Point(i32);

fn main() {
    let mut h: BinaryHeap<f64> = BinaryHeap::new();
    h.push(1.5); //~ ERROR E0599
    let mut g = BinaryHeap::new();
    g.push(Point(1)); //~ ERROR E0277
}
