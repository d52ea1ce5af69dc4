// `let x = match .. { .. => break }` and its if/block forms: the value arms initialise x, the jumping
// arms leave the loop or function; temporaries, arm bindings and block locals drop in rustc's order.
use std::cell::RefCell;
use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn noisy(tag: &'static str) -> Noisy {
    Noisy(tag)
}

struct Node {
    val: i64,
    next: Option<Rc<RefCell<Node>>>,
}

fn walk(head: &Rc<RefCell<Node>>) -> i64 {
    let mut cur = Rc::clone(head);
    let mut s = 0;
    loop {
        let next = {
            let node = cur.borrow();
            s += node.val;
            match &node.next {
                Some(nx) => Rc::clone(nx),
                None => break,
            }
        };
        cur = next;
    }
    println!("after walk: strong {}", Rc::strong_count(&cur));
    s
}

fn first_even(v: &[i64]) -> i64 {
    let mut i = 0;
    let found = loop {
        let x = if i < v.len() { v[i] } else { return -1 };
        i += 1;
        let y: i64 = match x % 2 {
            0 => x,
            _ => continue,
        };
        break y;
    };
    found * 10
}

fn owned(items: Vec<Option<String>>) -> String {
    let mut out = String::new();
    for item in items {
        let _guard = noisy("guard");
        let s: String = match item {
            Some(s) => s,
            None => break,
        };
        let s = if s.len() > 3 { s } else {
            println!("short {}", s);
            continue;
        };
        let _late = match s.len() {
            5 => noisy("five"),
            _ => return out,
        };
        out.push_str(&s);
        out.push('|');
    }
    out
}

fn floats(xs: &[f64]) -> f64 {
    let mut t = 0.0;
    for &x in xs {
        let y: f64 = match x > 0.0 {
            true => x * 2.0,
            false => continue,
        };
        let z: f32 = if y < 5.0 { y as f32 } else { break };
        t += z as f64;
    }
    t
}

fn main() {
    let tail = Rc::new(RefCell::new(Node { val: 3, next: None }));
    let mid = Rc::new(RefCell::new(Node { val: 2, next: Some(Rc::clone(&tail)) }));
    let head = Rc::new(RefCell::new(Node { val: 1, next: Some(Rc::clone(&mid)) }));
    println!("walk {}", walk(&head));
    println!("counts {} {} {}", Rc::strong_count(&head), Rc::strong_count(&mid), Rc::strong_count(&tail));
    println!("first_even {} {}", first_even(&[3, 5, 8, 9]), first_even(&[1, 3]));
    let v = vec![Some(String::from("hello")), Some(String::from("ab")), Some(String::from("world")), Some(String::from("sixsix")), None,
        Some(String::from("never"))];
    println!("owned {}", owned(v));
    println!("floats {}", floats(&[1.0, -2.0, 1.5, 3.0, 0.5]));
    let mut n: u8 = 0;
    let small = loop {
        n += 1;
        let k: u8 = match n { 1 | 2 => n * 100, _ => break n };
        println!("k {}", k);
    };
    println!("small {}", small);
}
