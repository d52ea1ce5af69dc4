// What rustc does not promote to a static, so returning a reference to it is E0515: a division by
// zero (it could panic), a value of a type with a Drop impl, a function call, a non-Copy constant,
// a local's value, and a mutable borrow.
struct Guard(i32);
impl Drop for Guard {
    fn drop(&mut self) {}
}
const EMPTY: Vec<i32> = Vec::new();

fn div() -> &'static i32 {
    &(7 / 0) //~ ERROR E0515
}
fn guard() -> &'static Guard {
    &Guard(1) //~ ERROR E0515
}
fn call() -> &'static String {
    &String::new() //~ ERROR E0515
}
fn konst() -> &'static Vec<i32> {
    &EMPTY //~ ERROR E0515
}
fn local(x: i32) -> &'static i32 {
    &(x + 1) //~ ERROR E0515
}
fn unique() -> &'static mut [i32; 2] {
    &mut [1, 2] //~ ERROR E0515
}
fn main() {
    println!("{} {} {} {} {} {:?}", div(), guard().0, call(), konst().len(), local(1), unique());
}
