// VecDeque methods rustle lacks are named as unsupported, never mistaken for missing ones (E0599).
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = (1..5).collect();
    d.rotate_left(1); //~ ERROR `VecDeque::rotate_left` is not supported
    let n = d.drain(..).count(); //~ ERROR `VecDeque::drain` is not supported
    println!("{} {:?}", n, d);
}
