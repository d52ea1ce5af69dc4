// RefCell::get_mut: with the cell itself borrowed mutably no Ref can be alive, so the value is
// reached without touching the borrow flag.
use std::cell::RefCell;
fn main() {
    let mut c = RefCell::new(vec![1, 2]);
    c.get_mut().push(3);
    let r = c.get_mut();
    r[0] = 10;
    println!("{:?}", c.borrow());
    let mut n = RefCell::new(5);
    *n.get_mut() += 1;
    println!("{}", n.into_inner());
}
