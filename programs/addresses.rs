// Where things live: `{:p}` prints the address a reference holds. rustle's addresses are the same
// on every run: the stack near 0x900000 growing down, the heap from 0x1000000, literals near 0x1000.
// For a slice or str (a fat pointer) it prints the length beside the address, as std does.
fn main() {
    let x: i32 = 42;
    let y: i32 = 8;
    println!("x at {:p}, y at {:p}", &x, &y);
    let literal: &str = "static text";
    println!("the literal's bytes at {:p}", literal);
    let mut s = String::from("hello");
    println!("s (the handle) at {:p}, its bytes at {:p}", &s, &s[..]);
    s.push_str(", world");
    println!("after growing, the bytes moved to {:p}", &s[..]);
    let b = Box::new(7u64);
    println!("the box points to {:p}", b);
}
