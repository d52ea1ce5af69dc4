#[derive(Debug, PartialEq)]
struct Meters(f64);
struct Feet(f64);
impl PartialEq<Feet> for Meters {
    fn eq(&self, other: &Feet) -> bool { (self.0 - other.0 / 3.28).abs() < 0.01 }
}
fn main() {
    let m = Meters(1.0);
    let f = Feet(3.28);
    println!("{}", m == f);
    println!("{}", Meters(1.0) != Feet(6.0));
    println!("{}", Meters(2.0) == Feet(6.56));
    println!("{}", m == Meters(1.0));
    println!("{:?} {}", m, f.0);
}
