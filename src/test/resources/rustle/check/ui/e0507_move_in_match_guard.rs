//@ check-fail
// A guard may not move out of its arm's bindings (rustc binds them by reference there), may not mutate
// a `mut` binding, and a by-reference binding's borrow lasts from before the guard into the arm.
fn take(s: String) -> bool {
    s.len() > 1
}

fn main() {
    let opt = Some(String::from("abc"));
    match opt {
        Some(s) if take(s) => println!("yes"), //~ ERROR cannot move out of `s` in pattern guard
        _ => {}
    }
    let other = Some(String::from("abc"));
    match other {
        Some(mut s) if { s.push('x'); true } => println!("{}", s), //~ ERROR E0596
        _ => {}
    }
    let mut third = Some(String::from("abc"));
    match third {
        Some(ref s) if { third = None; true } => println!("{}", s), //~ ERROR E0506
        _ => {}
    }
    // A by-value binding is a shared borrow of the matched place while the guard uses it.
    let mut fourth = Some(3);
    match fourth {
        Some(x) if { fourth = None; x > 1 } => println!("{}", x), //~ ERROR cannot assign to `fourth` because it is borrowed
        _ => {}
    }
}
