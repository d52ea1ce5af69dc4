//@ check-fail
// While `m` holds a live `&mut x`, nobody else may even read `x`: E0503.
fn main() {
    let mut x = 1;
    let m = &mut x;
    let y = x + 1; //~ ERROR E0503
    *m += 1;
    println!("{}", y);
}
