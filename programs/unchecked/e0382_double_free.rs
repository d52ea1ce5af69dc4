// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0382: after `let _b = a;` two variables hold the same Box. `drop(a)` frees
// it, and `_b` frees it again when it goes out of scope: a double free.
fn main() {
    let a = Box::new(42);
    let _b = a; // `_b` owns the box now
    drop(a);
    println!("end of main");
}
