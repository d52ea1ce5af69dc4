// std::str::from_utf8 (also through `use std::str;`), and `use std::f64;` / `use std::i32;` naming the
// primitive types' modules: the types and their items stay usable.
use std::f64;
use std::i32;
use std::str;
fn main() {
    let bytes = vec![104u8, 105, 0xE2, 0x82, 0xAC];
    let s = std::str::from_utf8(&bytes).unwrap();
    println!("{} {}", s, s.len());
    let t = str::from_utf8(&bytes[..2]).unwrap();
    println!("{}", t.to_uppercase());
    let bad = vec![0x66, 0xff];
    match str::from_utf8(&bad) {
        Ok(x) => println!("ok {}", x),
        Err(e) => println!("{} | {:?} | {}", e, e, e.valid_up_to()),
    }
    let r = std::str::from_utf8(&bytes[..3]);
    println!("{:?}", r);
    let x: f64 = 2.0;
    println!("{} {} {}", f64::consts::PI, i32::MAX, x.sqrt() > 1.0);
}
