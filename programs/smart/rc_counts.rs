// Rc's counts live in its heap block (an RcBox: strong, weak, value); this program
// watches them move through clone, downgrade, upgrade and drop, and checks the sizes
// rustc gives the smart pointers.
use std::cell::{Cell, RefCell};
use std::mem::size_of;
use std::rc::{Rc, Weak};

struct Loud {
    name: String,
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn counts(label: &str, rc: &Rc<Loud>) {
    println!("{}: strong {} weak {}", label, Rc::strong_count(rc), Rc::weak_count(rc));
}

fn main() {
    println!("Rc {} Weak {} Option<Rc> {}", size_of::<Rc<u64>>(), size_of::<Weak<u64>>(), size_of::<Option<Rc<u64>>>());
    println!("RefCell<u8> {} RefCell<String> {} Cell<u32> {}", size_of::<RefCell<u8>>(), size_of::<RefCell<String>>(), size_of::<Cell<u32>>());
    println!("Option<Cell<bool>> {} Option<RefCell<bool>> {}", size_of::<Option<Cell<bool>>>(), size_of::<Option<RefCell<bool>>>());

    let a = Rc::new(Loud { name: String::from("a") });
    counts("new", &a);
    let b = Rc::clone(&a);
    let c = a.clone();
    counts("two clones", &a);
    let w = Rc::downgrade(&a);
    let w2 = w.clone();
    counts("two weaks", &b);
    drop(c);
    counts("dropped one", &a);
    match w.upgrade() {
        Some(up) => {
            println!("upgraded to {}", up.name);
            counts("while upgraded", &up);
        }
        None => println!("gone"),
    }
    drop(a);
    drop(b);
    println!("after last strong: upgrade is_none {}", w.upgrade().is_none());
    println!("weak sees strong {} weak {}", w.strong_count(), w.weak_count());
    drop(w2);
    let empty: Weak<Loud> = Weak::new();
    println!("Weak::new upgrade is_none {}", empty.upgrade().is_none());

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    {
        let r1 = shared.borrow();
        let r2 = other.borrow();
        println!("two readers {:?} {}", *r1, r2.len());
    }
    *shared.borrow_mut() = vec![7];
    println!("{:?} {:?}", shared, other.borrow());
    let cell = Cell::new(5);
    cell.set(cell.get() * 3);
    println!("cell {} {:?}", cell.get(), cell);
}
