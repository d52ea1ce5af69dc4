// Casts to dyn types in every form the grammar's cast bound takes (a trait path, generic arguments on
// its last segment, a closure trait with and without a return type), next to nested generic types and
// comparisons after casts to plain paths.
use std::collections::HashMap;
use std::rc::Rc;
use std::cell::RefCell;

trait Shape {
    fn area(&self) -> i64;
}

struct Sq(i64);

impl Shape for Sq {
    fn area(&self) -> i64 {
        self.0 * self.0
    }
}

trait Get<T> {
    fn get(&self) -> T;
}

impl Get<i64> for Sq {
    fn get(&self) -> i64 {
        self.0
    }
}

fn twice(f: &dyn Fn(i64) -> i64, x: i64) -> i64 {
    f(f(x))
}

fn build() -> Rc<RefCell<Vec<Option<Box<Sq>>>>> {
    Rc::new(RefCell::new(vec![Some(Box::new(Sq(2))), None]))
}

fn main() {
    let s = Sq(3);
    let r = &s as &dyn Shape;
    let b = Box::new(Sq(4)) as Box<dyn Shape>;
    let g = &s as &dyn Get<i64>;
    let add = |x: i64| x + 1;
    let f = &add as &dyn Fn(i64) -> i64;
    let unit = || {};
    let u = &unit as &dyn Fn();
    u();
    println!("{} {} {} {}", r.area(), b.area(), g.get(), twice(f, 5));
    let shared = build();
    let n = shared.borrow().len() as i64;
    let small = (n as u8) < 3;
    let m: HashMap<String, Vec<(i64, Option<i64>)>> = HashMap::new();
    println!("{} {} {}", n, small, m.len() as u64 > 0);
}
