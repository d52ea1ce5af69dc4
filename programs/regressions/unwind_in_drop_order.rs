//@ run-fail
// A panic inside a Drop impl on a normal scope exit starts unwinding; the other values of the
// scope and of the callers are still dropped, in order.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == "bomb" {
            panic!("drop of {} failed", self.0);
        }
    }
}
fn inner() {
    let _a = Loud("inner-a");
    let _b = Loud("bomb");
    let _c = Loud("inner-c");
    println!("leaving inner");
}
fn main() {
    let _m = Loud("main");
    let s = String::from("heap");
    inner();
    println!("never {}", s);
}
