// Taking values out of places without leaving them empty: Option::take, mem::replace, mem::swap.
use std::mem;

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut maybe = Some(Loud("boxed up"));
    let taken = maybe.take();
    println!("taken: {}, left: {}", taken.is_some(), maybe.is_none());
    let mut current = Loud("first");
    let previous = mem::replace(&mut current, Loud("second"));
    println!("previous {}, current {}", previous.0, current.0);
    let mut left = Loud("left");
    let mut right = Loud("right");
    mem::swap(&mut left, &mut right);
    println!("left holds {}, right holds {}", left.0, right.0);
    println!("end of main");
}
