// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0382: `s` is moved into `consume`, which frees its buffer when it returns;
// `s` still holds the old pointer, so printing it reads freed memory.
fn consume(s: String) {
    println!("consumed {}", s);
}

fn main() {
    let s = String::from("hello");
    consume(s);
    println!("still here: {}", s);
}
