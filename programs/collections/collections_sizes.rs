// VecDeque and BinaryHeap have std's sizes; a deque of zero-sized elements never allocates (capacity
// usize::MAX), and extend reserves as std's does.
use std::collections::{VecDeque, BinaryHeap};
fn main() {
    println!("{} {}", std::mem::size_of::<VecDeque<u8>>(), std::mem::size_of::<BinaryHeap<u64>>());
    let mut d: VecDeque<()> = VecDeque::new();
    d.push_back(()); d.push_front(());
    println!("{:?} {} {}", d, d.len(), d.capacity());
    let mut e: VecDeque<u8> = VecDeque::with_capacity(2);
    e.extend([1, 2, 3, 4, 5]);
    e.push_front(0);
    println!("{:?} {}", e, e.capacity());
}
