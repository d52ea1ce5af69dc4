//@ check-fail
// A trait with a supertrait needs it implemented by every implementing type, and again at each call.
use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        println!("* {} *", self.to_string());
    }
}

struct Point {
    x: i32,
}

impl OutlinePrint for Point {} //~ ERROR `Point` doesn't implement `std::fmt::Display`

struct Shown(i32);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl OutlinePrint for Shown {}

fn main() {
    let p = Point { x: 1 };
    p.outline_print(); //~ ERROR E0277
    Shown(p.x).outline_print();
}
