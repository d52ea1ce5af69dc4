// A literal behind a pointer unsizes to a trait object: its type is judged on the fallback (i32 / f64)
// and stays free for a later use to settle (`let z: u8 = y;` makes y a u8, and its vtable u8's).
use std::fmt::Debug;
trait Shape { fn area(&self) -> f64; }
impl Shape for f64 { fn area(&self) -> f64 { *self * 2.0 } }
fn show(d: &dyn Debug) { println!("{:?}", d); }
fn main() {
    let x = 3;
    let e = &x as &dyn Debug;
    let v: &dyn Debug = &4;
    show(&5);
    let b: Box<dyn Debug> = Box::new(6);
    let y = 200;
    let f = &y as &dyn Debug;
    let z: u8 = y;
    println!("size {}", std::mem::size_of_val(f));
    let s: &dyn Shape = &1.5;
    println!("{:?} {:?} {:?} {:?} {} {}", e, v, b, f, z, s.area());
    let big = 3_000_000_000u32;
    let w = 7;
    let g: &dyn Debug = &w;
    let h: u64 = w + big as u64;
    println!("{:?} {}", g, h);
}
