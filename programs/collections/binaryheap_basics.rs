// std::collections::BinaryHeap: a max-heap in a Vec, sifted as std sifts, so {:?}, iter and into_vec
// show std's order; Reverse makes it a min-heap.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7, 7, 0, 4] {
        h.push(x);
    }
    println!("{:?} len {} capacity {} peek {:?}", h, h.len(), h.capacity(), h.peek());
    println!("{:?} {:?}", h.pop(), h.pop());
    println!("{:?}", h);
    println!("{:#?}", h);
    let seen: Vec<i32> = h.iter().copied().collect();
    println!("{:?}", seen);
    let copy = h.clone();
    println!("sorted {:?}", copy.into_sorted_vec());
    println!("as vec {:?}", h.clone().into_vec());
    let mut sum = 0;
    for x in &h {
        sum += x;
    }
    println!("sum {}", sum);

    let mut tasks = BinaryHeap::new();
    for w in ["pear", "fig", "apple", "kiwi"] {
        tasks.push(Reverse(w.to_string()));
    }
    println!("{:?}", tasks);
    while let Some(Reverse(w)) = tasks.pop() {
        print!("{} ", w);
    }
    println!();

    let mut pairs: BinaryHeap<(u32, char)> = BinaryHeap::with_capacity(2);
    pairs.push((2, 'b'));
    pairs.push((2, 'a'));
    pairs.push((5, 'z'));
    println!("{:?} {} {}", pairs, pairs.is_empty(), pairs.capacity());
    pairs.clear();
    println!("{:?}", pairs.peek());
    println!("{:?} {}", pairs.pop(), pairs.is_empty());
}
