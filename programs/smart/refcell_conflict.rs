//@ run-fail
// A shared borrow of a RefCell while a mutable one is alive panics at run time.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(String::from("start")));
    let writer = Rc::clone(&log);
    let mut w = writer.borrow_mut();
    w.push_str(", more");
    println!("writing: {}", w);
    let r = log.borrow();
    println!("never printed: {}", r);
}
