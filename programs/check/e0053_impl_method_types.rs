// A method of `impl Trait for T` whose parameter or return type is not the trait's is rustc's E0053;
// rustle used the impl's signature and ran the program.
trait Shape {
    fn scale(&self, k: i32) -> i32;
    fn name(&self) -> String;
    fn same(&self, other: &Self) -> bool;
}

struct Sq(i32);

impl Shape for Sq {
    fn scale(&self, k: u32) -> i32 { //~ ERROR E0053
        self.0 * k as i32
    }
    fn name(&self) -> &str { //~ ERROR E0053
        "sq"
    }
    fn same(&self, other: &Sq) -> bool {
        self.0 == other.0
    }
}

fn main() {
    println!("{}", Sq(2).scale(3));
}
