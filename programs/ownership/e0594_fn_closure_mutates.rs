//@ check-fail
// A closure written as the argument of a parameter bounded by `Fn` is an `Fn` closure: it may be called
// through a shared reference, so it cannot assign to or mutably borrow what it captures, `move` or not.
struct Point {
    x: i32,
}
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}
fn main() {
    let mut count = 0;
    call_twice(|| count += 1); //~ ERROR E0594
    let mut p = Point { x: 1 };
    call_twice(|| p.x = 2); //~ ERROR E0594
    let mut log = Vec::new();
    call_twice(|| log.push(1)); //~ ERROR E0596
    let mut owned = 0;
    call_twice(move || owned += 1); //~ ERROR E0594
    println!("{} {} {:?} {}", count, p.x, log, owned);
}
