// An Rc's heap block (std's RcInner) holds the strong count, the weak count and the value; every
// Rc to it is an owner. Dropping a clone lowers the strong count in the block.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    let n = Rc::new(42u8);
    println!("{} {} {}", a, Rc::strong_count(&b), n); // @dump two owners
    drop(b);
    println!("strong {}", Rc::strong_count(&a)); // @dump after drop
}
