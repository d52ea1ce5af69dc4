// Moving a field out of a Box local (`n.next`, `match *b { .. }`) leaves the box to be freed and
// only the fields still in place to be dropped: once a double free, found by a linked list's `pop`.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

enum Expr {
    Num(i32),
    Neg(Box<Expr>),
}

fn pop(head: &mut Option<Box<Node>>) -> Option<i32> {
    head.take().map(|n| {
        *head = n.next;
        n.val
    })
}

fn take_right(p: Box<Pair>) -> Noisy {
    let r = p.right;
    println!("took {}", r.0);
    r
}

fn take_left(p: Box<Pair>) -> Noisy {
    match *p {
        Pair { left, .. } => left,
    }
}

fn unneg(e: Box<Expr>) -> Expr {
    match *e {
        Expr::Neg(inner) => *inner,
        other => other,
    }
}

fn main() {
    let mut head = None;
    for v in 1..=3 {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    while let Some(v) = pop(&mut head) {
        print!("{} ", v);
    }
    println!();

    let r = take_right(Box::new(Pair { left: Noisy("l1"), right: Noisy("r1") }));
    println!("kept {}", r.0);
    let l = take_left(Box::new(Pair { left: Noisy("l2"), right: Noisy("r2") }));
    println!("kept {}", l.0);

    for e in [Expr::Neg(Box::new(Expr::Num(7))), Expr::Num(8)] {
        match unneg(Box::new(e)) {
            Expr::Num(n) => println!("num {}", n),
            Expr::Neg(_) => println!("neg"),
        }
    }
}
