// A Weak keeps the Rc's block allocated but does not own the value: once the last Rc is gone the
// value is dropped and the block stays until the last Weak goes. Weak::new() allocates nothing.
use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(vec![10u16, 20]);
    let weak = Rc::downgrade(&strong);
    let none: Weak<Vec<u16>> = Weak::new();
    println!("{} {}", Rc::weak_count(&strong), weak.upgrade().is_some()); // @dump one of each
    drop(strong);
    println!("{} {}", weak.upgrade().is_none(), none.upgrade().is_none()); // @dump value dropped
}
