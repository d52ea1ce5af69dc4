//@ check-fail
// `x` is freed at the end of the inner block, but `r` is used after it: E0597.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
