// A method in `impl Trait for T` that the trait does not declare is rustc's E0407; a misspelt one
// leaves the trait's method missing as well (E0046).
trait Shape {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn name(&self) -> String { String::from("shape") }
}
struct Sq(f64);
impl Shape for Sq { //~ ERROR E0046
    const SIDES: u32 = 4;
    fn aera(&self) -> f64 { self.0 * self.0 } //~ ERROR E0407
    fn name(&self) -> String { String::from("square") }
    fn extra(&self) {} //~ ERROR E0407
}
fn main() {
    println!("{} {}", Sq(2.0).name(), Sq::SIDES);
}
