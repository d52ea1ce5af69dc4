// The debugger's print reads through an Rc (to the value in its block) and a Ref (to the cell's
// value), as Rust's auto-deref does.
use std::cell::RefCell;
use std::rc::Rc;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Rc::new(Point { x: 1, y: 2 });
    let q = Rc::clone(&p);
    let cell = Rc::new(RefCell::new(vec![5, 6]));
    let guard = cell.borrow();
    println!("{} {} {}", p.x, q.y, guard.len());
}
