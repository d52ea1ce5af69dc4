// RefCell's replace, replace_with, take, swap and into_inner (written over borrow_mut in the prelude,
// so a live borrow makes them panic as std's do).
use std::cell::RefCell;

#[derive(Debug, Default)]
struct Log {
    lines: Vec<String>,
}

fn main() {
    let log = RefCell::new(Log::default());
    log.borrow_mut().lines.push("start".to_string());
    let old = log.replace(Log { lines: vec!["fresh".to_string()] });
    println!("{:?} -> {:?}", old, log.borrow());
    let taken = log.take();
    println!("{:?} left {:?}", taken.lines, log.borrow().lines);

    let counter = RefCell::new(3);
    let before = counter.replace_with(|n| *n * 7);
    println!("{} {}", before, counter.borrow());
    let other = RefCell::new(-1);
    counter.swap(&other);
    println!("{} {}", counter.borrow(), other.borrow());

    let name = RefCell::new(String::from("cell"));
    name.borrow_mut().push('!');
    let s: String = name.into_inner();
    println!("{} {}", s, s.len());
}
