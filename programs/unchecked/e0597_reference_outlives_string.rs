// run-flags: --unchecked
// E0597: `r` outlives the String it borrows. The String's heap buffer is freed
// at the inner block's end, and printing `r` then reads the freed buffer.
fn main() {
    let r;
    {
        let s = String::from("hello");
        r = &s;
    }
    println!("r = {}", r);
}
