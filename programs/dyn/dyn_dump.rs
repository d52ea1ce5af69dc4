// A trait method called through the vtable has its own frame; the Box<dyn Shape> shows its data
// pointer, its vtable, and the concrete type of the heap block it owns.
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        let a = self.0 * self.0; // @dump inside
        a
    }
}
fn main() {
    let b: Box<dyn Shape> = Box::new(Sq(3.0));
    println!("{}", b.area());
}
