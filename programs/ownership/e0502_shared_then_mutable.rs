//@ check-fail
// Shared borrows may coexist, but not with a mutable one: `r` reads `x` after `m` was taken: E0502.
fn main() {
    let mut x = 10;
    let r = &x;
    let m = &mut x; //~ ERROR E0502
    *m += 1;
    println!("{}", r);
}
