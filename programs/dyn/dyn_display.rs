// Formatting through trait objects: &dyn Display, Box<dyn Display> (in a Vec too), &dyn Debug, a trait
// with Display as its supertrait, and .to_string() on them (a false E0277 / E0599 before).
use std::fmt;

struct P {
    x: i32,
}

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P({})", self.x)
    }
}

struct Q(u8);

impl fmt::Debug for Q {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Q!")?;
        write!(f, "{}", self.0)
    }
}

trait Shape: fmt::Display {
    fn area(&self) -> i32;
}

impl Shape for P {
    fn area(&self) -> i32 {
        self.x * self.x
    }
}

fn show(d: &dyn fmt::Display) -> String {
    format!("[{}]", d)
}

fn main() {
    let p = P { x: 3 };
    let d: &dyn fmt::Display = &p;
    println!("{} {}", d, show(&p));
    println!("{}", d.to_string());
    let b: Box<dyn fmt::Display> = Box::new(P { x: 4 });
    println!("{:>8}|", b);
    let q = Q(9);
    let dq: &dyn fmt::Debug = &q;
    println!("{:?}", dq);
    let v: Vec<Box<dyn fmt::Display>> = vec![Box::new(P { x: 1 }), Box::new(P { x: 2 })];
    for e in &v {
        print!("{} ", e);
    }
    for e in v.iter() {
        print!("{} ", e.to_string());
    }
    println!();
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(P { x: 5 })];
    for s in shapes.iter() {
        println!("{} has area {} ({})", s, s.area(), s.to_string().len());
    }
    let sd: &dyn Shape = &p;
    println!("{:<6}|{:?}", sd, format!("{}", sd));
    let text = format!("{:?} {:?}", dq, Box::new(Q(1)) as Box<dyn fmt::Debug>);
    println!("{}", text);
}
