// Meters compares with Feet, but Feet compares with nothing: `f == m` is E0369 on Feet (rustc asks for
// a `PartialEq<Meters>` impl), not a mismatch of the right side.
struct Meters(f64);
struct Feet(f64);

impl PartialEq<Feet> for Meters {
    fn eq(&self, o: &Feet) -> bool {
        (self.0 - o.0 * 0.3048).abs() < 1e-9
    }
}

fn main() {
    let m = Meters(0.3048);
    let f = Feet(1.0);
    println!("{}", m == f);
    println!("{}", f == m); //~ ERROR E0369
}
