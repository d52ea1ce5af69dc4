// Trait objects of std's Display and Debug for std types (formatted natively with the placeholder's
// options), next to a program's own impls, and a newtype's Display delegating to its field's.
use std::fmt::{self, Debug, Display};
struct P(i32, i32);
impl Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.0, self.1) }
}
struct Meters(f64);
impl Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.0, f)?;
        write!(f, " m")
    }
}
#[derive(Debug)]
struct D { a: i32, b: String }
fn show(x: &dyn Display) -> String { format!("<{}>", x) }
fn main() {
    let items: Vec<Box<dyn Display>> = vec![
        Box::new(42), Box::new(String::from("text")), Box::new("slice"), Box::new(3.14159), Box::new(P(1, 2)),
        Box::new('c'), Box::new(true), Box::new(-7i64), Box::new(Meters(2.5)),
    ];
    for it in &items {
        println!("[{}] [{:>8}] [{:<8}] [{:^9}] [{:.2}]", it, it, it, it, it);
    }
    println!("[{:+}] [{:05}] [{:*>6}]", items[0], items[0], items[1]);
    println!("{}", items[3].to_string());
    let n = 9u8;
    println!("{}", show(&n));
    println!("{}", show(&"hi"));
    println!("[{:8.3}]", Meters(1.0));
    let dbg: Vec<Box<dyn Debug>> = vec![Box::new(1), Box::new("q"), Box::new(vec![1, 2]), Box::new(D { a: 1, b: "x".into() }), Box::new(Some(2.5))];
    for d in &dbg { println!("{:?} | {:>6?} | {:#?}", d, d, d); }
    let r: &dyn Debug = &(1, "two");
    println!("{:?}", r);
}
