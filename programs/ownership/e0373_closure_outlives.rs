//@ check-fail
// A closure that borrows a local cannot leave the function that owns the local: `step` lives in
// make_adder's frame, which is gone once it returns. `move |x| x + step` copies `step` into the
// closure's own environment instead (E0373).
fn make_adder(step: i32) -> impl Fn(i32) -> i32 {
    |x| x + step //~ ERROR E0373
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(1));
}
