// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0502: `first` points into the Vec's buffer; `push` outgrows the buffer,
// moves the elements to a new one and frees the old one, so `first` dangles.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("first = {}", first);
}
