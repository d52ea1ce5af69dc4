//@ run-fail
// Drop elaboration: a local that holds nothing at every normal exit of its scope (moved out whole on
// every path, or never initialised there) is not dropped there; one moved on some paths only still is.
// Every exit kind: fall-through, break, continue, return, `?`, a jump out of a value, and a panic
// unwinding past a local whose normal exits all find it moved.
use std::cell::RefCell;
use std::rc::Rc;

struct Noisy(&'static str, u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {} {}", self.0, self.1);
    }
}

fn consume(n: Noisy) -> u32 {
    n.1
}

// `next` is moved by `cur = next` on the fall-through path and not yet initialised at `break`.
fn walk(len: u32) -> u32 {
    let mut cur = Noisy("cur", 0);
    let mut steps = 0;
    loop {
        let next = match cur.1 < len {
            true => Noisy("next", cur.1 + 1),
            false => break,
        };
        cur = next;
        steps += 1;
    }
    steps + cur.1
}

// Moved on one path only: the other exits drop it.
fn maybe(i: u32) -> u32 {
    let a = Noisy("maybe", i);
    if i % 2 == 0 {
        return consume(a);
    }
    i
}

// Moved before every `continue` and at the end of the body.
fn conts() -> u32 {
    let mut total = 0;
    for i in 0..4 {
        let n = Noisy("cont", i);
        if i == 1 {
            total += consume(n);
            continue;
        }
        total += consume(n) * 10;
    }
    total
}

fn parse(s: &str) -> Result<u32, String> {
    s.parse::<u32>().map_err(|_| format!("bad {}", s))
}

// `?` leaves while `held` is still there: that exit drops it; the fall-through finds it moved.
fn tries(s: &str) -> Result<u32, String> {
    let held = Noisy("held", 7);
    let v = parse(s)?;
    Ok(consume(held) + v)
}

// A jump out of a value (`break` inside a call's argument) while `k` is live.
fn jump_in_value() -> u32 {
    let mut out = 0;
    for i in 0..3 {
        let k = Noisy("k", i);
        out += consume(Noisy("arg", if i == 1 { break } else { i }));
        out += consume(k);
    }
    out
}

struct Node {
    val: i64,
    next: Option<Rc<RefCell<Node>>>,
}

// `next` is moved into `cur` or not yet there at every normal exit.
fn sum_list(head: &Rc<RefCell<Node>>) -> i64 {
    let mut cur = Rc::clone(head);
    let mut s = 0;
    loop {
        let next = match &cur.borrow().next {
            Some(nx) => Rc::clone(nx),
            None => break,
        };
        s += next.borrow().val;
        cur = next;
    }
    s
}

fn main() {
    println!("walk {}", walk(3));
    println!("maybe {} {}", maybe(2), maybe(3));
    println!("conts {}", conts());
    println!("tries {:?}", tries("5"));
    println!("tries {:?}", tries("x"));
    println!("jump {}", jump_in_value());
    let mut list = None;
    for v in 0..5 {
        list = Some(Rc::new(RefCell::new(Node { val: v, next: list })));
    }
    let head = list.unwrap();
    println!("sum {}", sum_list(&head));
    println!("count {}", Rc::strong_count(&head));
    let w = Noisy("last", 9);
    let z = w;
    panicky();
    drop(z);
}

// A panic while `n` is live; its normal exits all find it moved.
fn panicky() {
    for i in 0..3 {
        let n = Noisy("p", i);
        if i == 2 {
            panic!("boom at {}", i);
        }
        consume(n);
    }
}
