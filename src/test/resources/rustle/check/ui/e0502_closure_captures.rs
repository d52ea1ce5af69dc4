//@ check-fail
// A closure borrows what it captures for as long as it may still be called: shared when the body only
// reads, mutably when it assigns or borrows mutably (then calling it needs a `mut` binding).
fn main() {
    let mut v = vec![1];
    let print = || println!("{:?}", v);
    v.push(2); //~ ERROR E0502
    print();

    let mut count = 0;
    let mut inc = || count += 1;
    let r = &mut count; //~ ERROR E0499
    inc();
    *r += 1;

    let mut n = 0;
    let bump = || n += 1;
    bump(); //~ ERROR cannot borrow `bump` as mutable, as it is not declared as mutable

    let fixed = 0;
    let mut set = || fixed = 1; //~ ERROR cannot assign to `fixed`, as it is not declared as mutable
    set();

    let mut s = String::from("a");
    let mut grow = || s.push('b');
    println!("{}", s); //~ ERROR E0502
    grow();

    // Disjoint fields are captured apart; a borrow ends at the closure's last call.
    let mut p = (1, String::from("x"));
    let mut add = || p.1.push('y');
    let first = &p.0;
    add();
    println!("{} {}", first, p.1);
}
