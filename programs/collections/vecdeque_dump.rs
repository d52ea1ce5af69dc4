// A VecDeque is { buf (a Vec whose own len stays 0), head, len }: its block is a ring whose slots hold
// the elements from head on, wrapping past the end; d[0] is the front wherever it sits.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<String> = VecDeque::with_capacity(3);
    d.push_back(String::from("b"));
    d.push_front(String::from("a")); // @dump wrapped
    d.push_back(String::from("c"));
    d.push_back(String::from("d")); // @dump after growth
    println!("{:?} capacity {}", d, d.capacity());
}
