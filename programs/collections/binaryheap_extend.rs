// BinaryHeap extend as std's: the items appended to its Vec, then a rebuild or a sift_up of each new one,
// as std's rebuild_tail chooses (both paths here), so the order matches std's.
use std::collections::BinaryHeap;
fn main() {
    let mut h = BinaryHeap::new();
    h.extend(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("{:?} {}", h, h.capacity());
    h.extend([7]);
    println!("{:?}", h);
    let mut big: BinaryHeap<u32> = (0..40).map(|x| (x * 37) % 101).collect();
    big.extend([50, 99, 3].iter());
    println!("{:?}", big.clone().into_vec());
    big.extend((0..30).map(|x| x * 3));
    println!("{:?} {}", big.into_vec(), 0);
    let mut s: BinaryHeap<String> = BinaryHeap::new();
    s.extend("b a c".split(' ').map(String::from));
    println!("{:?}", s.into_sorted_vec());
}
