//@ check-fail
// A `use` of a std item beside an item of the same name and namespace in one module is E0255 (the
// user's item used to win silently). An item in the other namespace may take the name (`fn Rc`).
use std::cell::Cell;
use std::fmt::Display;
use std::mem::swap;
use std::rc::Rc;

struct Cell { //~ ERROR E0255
    v: i32,
}

trait Display {} //~ ERROR the name `Display` is defined multiple times

fn swap() {} //~ ERROR E0255

fn Rc() {}

fn main() {
    let c = Cell { v: 1 };
    swap();
    Rc();
    println!("{}", c.v);
}
