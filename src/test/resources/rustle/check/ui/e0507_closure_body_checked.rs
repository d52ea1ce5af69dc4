//@ check-fail
// A closure's body is borrow-checked like a function's: moves, moves out of references and mutable
// borrows through `&` inside it are rejected (the first one freed a String twice when run).
#[derive(Debug)]
struct Item { name: String }

fn main() {
    let v = vec![String::from("a")];
    let copies: Vec<String> = v.iter().map(|s| *s).collect(); //~ ERROR E0507
    let items = vec![Item { name: String::from("x") }];
    let names: Vec<String> = items.iter().map(|it| it.name).collect(); //~ ERROR cannot move out of `it.name` which is behind a shared reference
    let twice = |s: String| {
        let t = s;
        println!("{} {}", s, t); //~ ERROR borrow of moved value: `s`
    };
    let add = |v: &Vec<i32>| {
        v.push(1); //~ ERROR cannot borrow `*v` as mutable, as it is behind a `&` reference
    };
    // Valid: a closure returning a borrow of what it captured; a predicate capturing one.
    let get = |i: usize| &v[i];
    let found = v.iter().find(|s| s.len() == get(0).len());
    println!("{:?} {:?} {:?} {:?}", copies, names, found, items);
    twice(String::new());
    add(&vec![]);
}
