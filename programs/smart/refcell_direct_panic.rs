//@ run-fail
// borrow_mut while a Ref is alive panics at the method name; the Ref and the Rc clones are dropped
// while unwinding, and the cell's flag is back to free for the Drop impl that reads it.
use std::cell::RefCell;
use std::rc::Rc;

struct Watch(Rc<RefCell<i64>>);

impl Drop for Watch {
    fn drop(&mut self) {
        let v = self.0.borrow_mut();
        println!("watch sees {} (strong {})", *v, Rc::strong_count(&self.0));
    }
}

fn bump(c: &Rc<RefCell<i64>>, by: i64) {
    *c.borrow_mut() += by;
}

fn main() {
    let cell = Rc::new(RefCell::new(1));
    let _w = Watch(Rc::clone(&cell));
    bump(&cell, 4);
    let r = cell.borrow();
    println!("reading {}", *r);
    let r2 = cell.borrow();
    println!("two readers {} {}", *r, *r2);
    drop(r2);
    bump(&cell, 10);
    println!("never printed {}", *r);
}
