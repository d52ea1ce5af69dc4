// Two Rc nodes that point at each other are never freed: the leak is the program's own,
// so it still exits 0 (rustle names the leaked RcBoxes on stderr).
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    id: u32,
    next: RefCell<Option<Rc<Node>>>,
    back: RefCell<Weak<Node>>,
}

fn main() {
    let first = Rc::new(Node { id: 1, next: RefCell::new(None), back: RefCell::new(Weak::new()) });
    let second = Rc::new(Node { id: 2, next: RefCell::new(Some(Rc::clone(&first))), back: RefCell::new(Weak::new()) });
    *first.back.borrow_mut() = Rc::downgrade(&second);
    println!("first: strong {} weak {}", Rc::strong_count(&first), Rc::weak_count(&first));
    println!("second: strong {} weak {}", Rc::strong_count(&second), Rc::weak_count(&second));
    let back = first.back.borrow().upgrade();
    match back {
        Some(n) => println!("first's back is {}", n.id),
        None => println!("first has no back"),
    }
    // Close the cycle: first -> second -> first.
    *first.next.borrow_mut() = Some(Rc::clone(&second));
    println!("second: strong {} after closing the cycle", Rc::strong_count(&second));
    let next = first.next.borrow();
    if let Some(n) = next.as_ref() {
        println!("first.next is {}", n.id);
    }
}
