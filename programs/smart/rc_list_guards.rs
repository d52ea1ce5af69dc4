//@ run-fail
// A list of Rc<RefCell<Node>> walked through borrow guards: a field reached through a
// borrow_mut()/borrow() temporary (`cur.borrow_mut().val += d`, `match &cur.borrow().next`), the
// walking local reassigned (`cur = next`), Option<Rc<..>> links dropped node by node with a Drop impl
// in each, and a conflicting borrow_mut through a field place panicking while a Ref is alive.
use std::cell::RefCell;
use std::rc::Rc;

struct Tag(i64);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop tag {}", self.0);
    }
}

struct Node {
    val: i64,
    tag: Tag,
    next: Option<Rc<RefCell<Node>>>,
}

fn cons(val: i64, next: Option<Rc<RefCell<Node>>>) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { val, tag: Tag(val), next }))
}

fn bump(head: &Rc<RefCell<Node>>, delta: i64) -> i64 {
    let mut cur = Rc::clone(head);
    let mut n = 1;
    loop {
        cur.borrow_mut().val += delta;
        let next = match &cur.borrow().next {
            Some(nx) => Rc::clone(nx),
            None => break,
        };
        cur = next;
        n += 1;
    }
    n
}

fn main() {
    let tail = cons(1, None);
    let a = cons(2, Some(Rc::clone(&tail)));
    let b = cons(3, Some(Rc::clone(&a)));
    println!("nodes {}", bump(&b, 10));
    println!("vals {} {} {}", b.borrow().val, a.borrow().val, tail.borrow().val);
    println!("counts {} {} {}", Rc::strong_count(&b), Rc::strong_count(&a), Rc::strong_count(&tail));
    let mut walk = Rc::clone(&b);
    println!("walk at tag {}", walk.borrow().tag.0);
    walk = Rc::clone(&tail);
    println!("walk at {} (tail count {})", walk.borrow().val, Rc::strong_count(&tail));
    drop(a);
    println!("dropping b");
    drop(b);
    println!("b gone, tail count {}", Rc::strong_count(&tail));
    let held = tail.borrow();
    println!("held {}", held.val);
    walk.borrow_mut().val += 1;
    println!("never printed {}", held.val);
}
