// run-flags: --unchecked
//@ ignore-test runs only with --unchecked, which the JUnit golden factory gives it (first line)
// E0597: `r` outlives the String it borrows. `s` dies at the inner block's end
// (its buffer is freed), and printing `r` then reads the dead `s`.
fn main() {
    let r;
    {
        let s = String::from("hello");
        r = &s;
    }
    println!("r = {}", r);
}
