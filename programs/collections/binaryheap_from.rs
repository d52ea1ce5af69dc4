// BinaryHeap from a Vec or an array, and collected: the Vec is taken over and rebuilt into a heap as
// std's rebuild does; by value it iterates in the Vec's order.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let h = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    println!("{:?} capacity {}", h, h.capacity());
    let a = BinaryHeap::from([2, 7, 1, 8]);
    println!("{:?} capacity {}", a, a.capacity());
    let c: BinaryHeap<i32> = (1..10).collect();
    println!("{:?} capacity {}", c, c.capacity());
    let r: BinaryHeap<Reverse<i32>> = vec![5, 3, 8].into_iter().map(Reverse).collect();
    println!("{:?} {:?}", r.peek(), r);
    let mut all = Vec::new();
    for x in h {
        all.push(x);
    }
    println!("{:?}", all);
    println!("{:?}", c.into_sorted_vec());
}
