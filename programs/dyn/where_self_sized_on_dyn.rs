// A method with `where Self: Sized` is not on the trait object: calling it through one is rustc's
// error (with no code), and rustle ran it.
trait Greet {
    fn name(&self) -> String;
    fn loud(&self) -> String where Self: Sized {
        self.name().to_uppercase()
    }
}

struct P;

impl Greet for P {
    fn name(&self) -> String {
        "p".to_string()
    }
}

fn main() {
    let d: Box<dyn Greet> = Box::new(P);
    println!("{}", d.loud()); //~ ERROR the `loud` method cannot be invoked on a trait object
}
