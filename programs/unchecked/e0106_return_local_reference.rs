// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0106 (and, once a lifetime is written, E0515): `dangle` returns a reference
// to its local `s`, whose stack frame is gone by the time `main` reads it.
fn dangle() -> &String {
    let s = String::from("a local string");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
