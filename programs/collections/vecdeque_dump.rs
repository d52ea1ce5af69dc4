// A VecDeque is std's 32 bytes: a Vec (the ring's block and capacity, and the deque's len) and head; the
// elements sit from head on, wrapping past the block's end; d[0] is the front wherever it sits.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<String> = VecDeque::with_capacity(3);
    d.push_back(String::from("b"));
    d.push_front(String::from("a")); // @dump wrapped
    d.push_back(String::from("c"));
    d.push_back(String::from("d")); // @dump after growth
    println!("{:?} capacity {}", d, d.capacity());
}
