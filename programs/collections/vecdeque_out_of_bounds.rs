//@ run-fail
// Indexing a VecDeque past its length panics at the index, with std's message.
use std::collections::VecDeque;

fn main() {
    let mut d = VecDeque::new();
    d.push_back('x');
    d.push_front('w');
    println!("{}{}", d[0], d[1]);
    println!("{}", d[2]);
}
