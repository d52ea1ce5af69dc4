//@ check-fail
// A `let` without a value declares a variable but writes nothing into its slot. Every path to a use
// must assign it first; here the `else` branch does not: E0381.
fn main() {
    let x: i32;
    let ready = true;
    if ready {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
}
