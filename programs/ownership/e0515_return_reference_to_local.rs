//@ check-fail
// `s` lives in `make`'s stack frame and is dropped when `make` returns, so a reference to it cannot be
// returned: E0515. Return the String itself to hand over ownership.
fn make() -> &'static str {
    let s = String::from("temporary");
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", make());
}
