// `where Self: Sized` keeps a trait's method off its trait objects, so a generic method or one taking
// self by value no longer makes the trait dyn-incompatible (rustle reported the where clause as
// unsupported). The method is still callable on the concrete type.
trait Greet {
    fn name(&self) -> String;
    fn greet_with<T: std::fmt::Display>(&self, t: T) -> String where Self: Sized {
        format!("{} {}", t, self.name())
    }
    fn into_name(self) -> String where Self: Sized {
        self.name()
    }
}

struct P(u8);

impl Greet for P {
    fn name(&self) -> String {
        format!("P{}", self.0)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Greet>> = vec![Box::new(P(1)), Box::new(P(2))];
    for s in &shapes {
        println!("{}", s.name());
    }
    println!("{}", P(3).greet_with("hello"));
    println!("{}", P(4).into_name());
}
