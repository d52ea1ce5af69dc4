// Sources std has no From impl for: E0277 at the type's name, as rustc reports them.
use std::collections::HashMap;

struct Plain;

fn borrowed_vec() -> usize {
    let src = vec![1, 2];
    let w = Vec::from(&src); //~ ERROR E0277
    w.len()
}

fn main() {
    let v: Vec<i32> = Vec::from(5); //~ ERROR E0277
    let p = [Plain, Plain];
    let q = Vec::from(&p[..]); //~ ERROR E0277
    let m = HashMap::from([(1.5, 'a')]); //~ ERROR E0277
    //~^ ERROR E0277
    println!("{} {} {} {}", v.len(), borrowed_vec(), q.len(), m.len());
}
