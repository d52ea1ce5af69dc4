// A bound naming a trait that exists nowhere is rustc's E0405 at the bound; rustle used to drop the
// bound and run the program.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
}

fn show<T: Display + Printable>(x: T) -> String { //~ ERROR E0405
    format!("{}", x)
}

fn total<S>(shapes: &[S]) -> f64
where
    S: Shape + Measured, //~ ERROR E0405
{
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    println!("{}", show(3));
    let v: Vec<f64> = Vec::new();
    println!("{}", v.len());
}
