// A conflict with a closure's capture: rustc puts the borrow at the closure's `|..|` and labels
// where the body uses the variable (first or second borrow), for E0502, E0499 and E0505.
fn shared_after_capture() {
    let mut x = 5;
    let mut inc = |by: i32| x += by;
    let r = &x; //~ ERROR E0502
    inc(1);
    println!("{}", r);
}

fn capture_after_shared() {
    let mut v = vec![1];
    let first = &v[0];
    let mut push = || v.push(2); //~ ERROR E0502
    push();
    println!("{}", first);
}

fn two_mutable() {
    let mut n = 0;
    let mut bump = || {
        n += 1;
    };
    let m = &mut n; //~ ERROR E0499
    bump();
    *m += 1;
}

fn move_while_captured() {
    let s = String::from("a");
    let show = || println!("{}", s);
    drop(s); //~ ERROR E0505
    show();
}

fn main() {
    shared_after_capture();
    capture_after_shared();
    two_mutable();
    move_while_captured();
}
