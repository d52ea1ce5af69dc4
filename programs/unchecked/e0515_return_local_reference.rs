// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0515: `dangle` returns a reference to its local `x`; the frame that held
// `x` is popped when `dangle` returns, so reading `*r` reads a dead frame.
fn dangle<'a>() -> &'a i32 {
    let x = 42;
    &x
}

fn main() {
    let r = dangle();
    let doubled = *r * 2;
    println!("{}", doubled);
}
