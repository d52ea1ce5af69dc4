// std::mem::size_of_val and align_of_val: a sized value's type, str and slices by length, trait objects
// by their vtable.
use std::mem;
trait T { fn f(&self) {} }
struct S { a: u64, b: u8 }
impl T for S {}
impl T for u16 {}
fn main() {
    let arr = [1u32, 2, 3];
    println!("{} {}", mem::size_of_val(&arr), std::mem::size_of_val(&arr[..2]));
    println!("{} {}", mem::size_of_val("héllo"), mem::size_of_val(&5u64));
    let s = String::from("abc");
    println!("{} {}", mem::size_of_val(&s), mem::size_of_val(s.as_str()));
    let v = vec![1u16; 7];
    println!("{} {}", mem::size_of_val(&v), mem::size_of_val(&v[..]));
    let d: &dyn T = &S { a: 1, b: 2 };
    let e: Box<dyn T> = Box::new(3u16);
    println!("{} {} {}", mem::size_of_val(d), mem::size_of_val(&*e), mem::align_of_val(d));
    println!("{} {}", mem::align_of_val(&arr), mem::align_of_val(&(1u8, 2u64)));
    let x = S { a: 1, b: 2 };
    println!("{} {}", mem::size_of_val(&x), x.a + x.b as u64);
}
