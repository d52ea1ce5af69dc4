// Rc<RefCell<Vec<i32>>>: the Vec's header lives inside the Rc's block, its buffer in a block of its
// own; the RefCell's borrow flag counts the Refs alive and is -1 while a RefMut is.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    let count = Cell::new(7u32);
    {
        let r1 = shared.borrow();
        let r2 = other.borrow();
        println!("{} readers see {:?} and {}", count.get(), *r1, r2.len()); // @dump two readers
    }
    {
        let mut w = shared.borrow_mut();
        w.push(4);
        count.set(8);
        println!("writing {}", w.len()); // @dump writing
        println!("{:?}", other);
    }
    println!("{:?} {:?}", shared, count);
}
