// Trait objects formatted from slices and Vecs: &[&dyn Display] built from an array literal expected as
// the slice (a false E0308 before), padding through Formatter::pad, Vec<Box<dyn Debug>>, Option<&dyn Debug>.
use std::fmt::{self, Debug, Display};

struct Celsius(f64);
impl Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}C", self.0)
    }
}
impl Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Celsius({:?})", self.0)
    }
}

struct Name(String);
impl Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

fn print_all(items: &[&dyn Display]) {
    for (i, it) in items.iter().enumerate() {
        println!("{}: {}", i, it);
    }
}

fn describe(x: &dyn Display) -> String {
    let s = x.to_string();
    format!("<{}> {}", s, s.len())
}

fn main() {
    let c = Celsius(21.456);
    let n = Name(String::from("bob"));
    print_all(&[&c, &n]);
    let v: Vec<&dyn Display> = vec![&c, &n];
    println!("{} / {}", v[0], v[1]);
    println!("[{:>6}] [{:<6}] [{:^7}]", n, &n as &dyn Display, Box::new(Name(String::from("al"))) as Box<dyn Display>);
    let dbg: Vec<Box<dyn Debug>> = vec![Box::new(Celsius(1.0)), Box::new(Celsius(2.5))];
    println!("{:?}", dbg);
    println!("{:?}", dbg[0]);
    println!("{}", describe(&c));
    let o: Option<&dyn Debug> = Some(&c);
    println!("{:?}", o);
}
