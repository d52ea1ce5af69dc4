//@ check-fail
// `as` between primitives, and coercions spelled as casts; anything else is E0605 (a non-primitive on
// either side) or E0606 (two primitive kinds that do not convert), as rustc reports them.
trait T {
    fn f(&self) -> i32;
}
struct P;
impl T for P {
    fn f(&self) -> i32 {
        7
    }
}
fn main() {
    let x = 5u8;
    let a = x as Vec<u8>; //~ ERROR E0605
    let b = P as u32; //~ ERROR E0605
    let c = &x as u32; //~ ERROR E0606
    let d = 5 as Box<dyn T>; //~ ERROR E0605
    let e = Box::new(5u8) as Box<dyn T>; //~ ERROR E0277
    let p = P;
    let ok = &p as &dyn T;
    let boxed = Box::new(P) as Box<dyn T>;
    println!("{} {}", ok.f(), boxed.f());
}
