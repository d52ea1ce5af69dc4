// A full std path (std::cell::Cell, core::ops::Range, through `use std::cell;` or `as`) names std's item
// even when the crate defines a type of that name: it used to resolve by its last segment to the user's.
use std::cell;
use std::collections;
use std::fmt;
use std::rc::Rc as Shared;

#[derive(Debug)]
enum Option {
    Nothing,
}

struct Rc(i32);

struct Iter;

struct P(i32);

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.0)
    }
}

fn keys(m: &std::collections::HashMap<i32, i32>) -> std::collections::hash_map::Iter<'_, i32, i32> {
    m.iter()
}

fn main() {
    let c = cell::Cell::new(3);
    c.set(c.get() * 2);
    let mut m = collections::HashMap::new();
    m.insert(1, 2);
    let n: usize = keys(&m).count();
    let r = std::ops::Range { start: 1, end: 4 };
    let total: i32 = r.sum();
    let x: std::option::Option<i32> = std::option::Option::Some(5);
    let y = match x {
        std::option::Option::Some(v) => v,
        std::option::Option::None => 0,
    };
    let s = Shared::new(7);
    let mine = Rc(8);
    let _i = Iter;
    println!("{} {} {} {} {:?} {} {} {}", c.get(), n, total, y, Option::Nothing, s, mine.0, P(1));
}
