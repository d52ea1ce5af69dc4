// try_borrow and try_borrow_mut return std's BorrowError / BorrowMutError instead of panicking while the
// cell is borrowed the other way; the errors print as std's and go through ? into Box<dyn Error>.
use std::cell::{BorrowMutError, RefCell};
use std::error::Error;
fn bump(c: &RefCell<Vec<i32>>) -> Result<usize, BorrowMutError> {
    let mut v = c.try_borrow_mut()?;
    v.push(1);
    Ok(v.len())
}
fn run(c: &RefCell<Vec<i32>>) -> Result<usize, Box<dyn Error>> {
    let n = bump(c)?;
    Ok(n)
}
fn main() {
    let c = RefCell::new(vec![0]);
    println!("{:?}", bump(&c));
    let held = c.borrow();
    println!("{:?}", bump(&c));
    match run(&c) { Ok(n) => println!("{}", n), Err(e) => println!("error: {}", e) }
    drop(held);
    println!("{:?}", run(&c).map_err(|e| e.to_string()));
}
