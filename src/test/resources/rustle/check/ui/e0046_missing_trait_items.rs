//@ check-fail
// An impl that leaves out a required method of the program's trait, or Iterator's `type Item`: rustc's
// E0046 at the impl's header (before, the first was accepted and the second reported as unsupported).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn describe(&self) -> String {
        self.name()
    }
}
struct Square(f64);
impl Shape for Square { //~ ERROR E0046
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
struct Count(u32);
impl Iterator for Count { //~ ERROR E0046
    fn next(&mut self) -> Option<u32> {
        None
    }
}
fn main() {}
