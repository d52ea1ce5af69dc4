//@ check-fail
// A shared reference `&i32` allows reading only; writing through it is E0594. The function would need
// `&mut i32`, and the caller would pass `&mut x`.
fn bump(n: &i32) {
    *n += 1; //~ ERROR E0594
}

fn main() {
    let x = 1;
    bump(&x);
    println!("{}", x);
}
