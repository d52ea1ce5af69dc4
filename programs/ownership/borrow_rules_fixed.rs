//@ run-pass
// The fixes for the failing examples: declare `mut` to mutate or lend mutably, initialise on every
// path, pass `&mut` to let a function write, and clone or borrow instead of moving out of a place.
fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut v = Vec::new(); // `mut`: push borrows `v` mutably
    v.push(1);
    v.push(2);

    let x: i32;
    let ready = v.len() > 1;
    if ready {
        x = 1;
    } else {
        x = 0; // initialised on both paths
    }

    let mut y = x;
    bump(&mut y);
    println!("v = {:?}, x = {}, y = {}", v, x, y);

    let names = vec![String::from("a"), String::from("b")];
    let first = &names[0]; // borrow the element
    let copy = names[1].clone(); // or clone it
    println!("{} {} {}", first, copy, names.len());

    let s = String::from("hi");
    let r: &str = s.as_str(); // the String lives in `s`, so the slice may outlive the statement
    println!("{}", r);
}
