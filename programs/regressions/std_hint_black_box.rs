// std::hint::black_box is an identity function to a program's result.
use std::hint::black_box;
fn main() {
    let x = std::hint::black_box(5);
    let v = black_box(vec![1, 2]);
    println!("{} {:?}", x, v);
}
