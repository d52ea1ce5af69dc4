// A trait implemented for W<i32> and W<bool> only, called by path for a W<f64>: E0277.
struct W<T>(T);

trait Show {
    fn show(&self) -> String;
}

impl Show for W<i32> {
    fn show(&self) -> String { format!("{}", self.0) }
}

impl Show for W<bool> {
    fn show(&self) -> String { format!("{}", self.0) }
}

fn main() {
    println!("{}", W::show(&W(1.5))); //~ ERROR E0277
}
