// `std::cell::Cell::new(1)` beside a user `Cell` with its own `new`: the std path must call std's
// (a silent wrong answer, 100 instead of 2, when it resolved to the user's type by its last segment).
struct Cell {
    v: i32,
}

impl Cell {
    fn new(v: i32) -> Cell {
        Cell { v: v * 100 }
    }
}

#[derive(Debug)]
struct Range {
    lo: u8,
}

struct Map;

fn total(c: &std::cell::Cell<i32>) -> i32 {
    c.get() + 1
}

fn main() {
    let mine = Cell::new(1);
    let theirs = std::cell::Cell::new(1);
    theirs.set(theirs.get() + 1);
    let t2: core::cell::Cell<i32> = core::cell::Cell::new(5);
    println!("{} {} {}", mine.v, theirs.get(), total(&t2));
    let r = Range { lo: 3 };
    let sr: std::ops::Range<i32> = 0..4;
    let s: i32 = sr.sum();
    let m: std::collections::HashMap<i32, i32> = std::collections::HashMap::new();
    let _ = Map;
    println!("{:?} {} {}", r, s, m.len());
    let v = std::vec::Vec::<i32>::with_capacity(2);
    let o = std::option::Option::Some(3);
    if let std::option::Option::Some(x) = o {
        println!("{} {}", x, v.len());
    }
}
