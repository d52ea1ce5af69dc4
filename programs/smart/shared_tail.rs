// Two lists share one tail: the tail's block has two owners, one of them inside another Rc's
// block. Each node is an Rc<RefCell<Node>>, so the tail can still be changed through either list.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Rc<RefCell<Node>>>,
}

fn main() {
    let tail = Rc::new(RefCell::new(Node { val: 3, next: None }));
    let a = Rc::new(RefCell::new(Node { val: 1, next: Some(Rc::clone(&tail)) }));
    let b = Node { val: 2, next: Some(Rc::clone(&tail)) };
    tail.borrow_mut().val = 30;
    let from_a = a.borrow().next.as_ref().unwrap().borrow().val;
    println!("{} {} {}", from_a, b.val, Rc::strong_count(&tail)); // @dump shared tail
    println!("{:?}", b);
}
