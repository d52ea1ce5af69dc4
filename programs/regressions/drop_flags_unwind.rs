//@ run-fail
// A panic in a loop whose locals were moved on some rounds: unwinding drops only the values still
// owned (the statement's temporaries first, then the block's locals, then the parameters).
struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(d: D) {
    println!("consume {}", d.0);
}

fn check(d: &D, limit: u32) -> u32 {
    if d.0 > limit {
        panic!("over the limit at {}", d.0);
    }
    d.0
}

fn run(p: D) {
    let mut held = None;
    for i in 0..5 {
        let a = D(i);
        let b = D(i + 10);
        if i % 2 == 1 {
            consume(a);
        } else {
            held = Some(b);
            println!("held {}", i);
            continue;
        }
        let s = check(&D(i + 20), 22) + check(&b, 100);
        println!("sum {}", s);
    }
    println!("unreachable {}", p.0);
    drop(held);
}

fn main() {
    let _outer = D(1000);
    run(D(999));
}
