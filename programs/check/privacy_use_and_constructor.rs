// A `use` of a private item and a tuple struct constructor with a private field, from outside the
// module: rustc's E0603 at the name.
mod geo {
    pub struct Meters(pub f64, u8);

    fn secret() -> i32 {
        11
    }

    pub mod tools {
        pub fn open() -> i32 {
            super::secret()
        }
    }
}

use geo::secret; //~ ERROR E0603
use geo::tools::open;

fn main() {
    let m = geo::Meters(2.5, 1); //~ ERROR E0603
    println!("{} {} {}", m.0, secret(), open());
}
