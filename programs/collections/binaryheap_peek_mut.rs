// BinaryHeap::peek_mut: the top changed through the PeekMut sinks to its place when it is dropped;
// PeekMut::pop takes it out.
use std::collections::BinaryHeap;
use std::collections::binary_heap::PeekMut;
fn main() {
    let mut h = BinaryHeap::from(vec![5, 9, 3, 7, 1, 8]);
    if let Some(mut top) = h.peek_mut() {
        *top = 2;
    }
    println!("{:?}", h);
    {
        let top = h.peek_mut().unwrap();
        println!("peeked {}", *top);
    }
    println!("{:?}", h);
    let top = h.peek_mut().unwrap();
    let v = PeekMut::pop(top);
    println!("{} {:?}", v, h);
    if let Some(mut t) = h.peek_mut() { *t -= 10; }
    println!("{:?}", h.into_sorted_vec());
    let mut e: BinaryHeap<i32> = BinaryHeap::new();
    println!("{}", e.peek_mut().is_none());
}
