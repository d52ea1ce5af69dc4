// A Display or Debug impl delegating to a std type's impl, as `self.0.fmt(f)` (the impl's own trait is in
// scope there) or `fmt::Display::fmt(&self.0, f)`: the field is formatted with f's options.
use std::fmt;
struct Name<'a> { first: &'a str, n: u32, tags: Vec<String>, opt: Option<i32> }
impl<'a> fmt::Display for Name<'a> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.first.fmt(f)?;
        write!(f, "#")?;
        self.n.fmt(f)
    }
}
impl<'a> fmt::Debug for Name<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.tags.fmt(f)?;
        f.write_str(" ")?;
        self.opt.fmt(f)
    }
}
struct Celsius(f64);
impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() { write!(f, "{:.*}C", p, self.0) } else { self.0.fmt(f)?; f.write_str("C") }
    }
}
fn main() {
    let n = Name { first: "ann", n: 7, tags: vec!["x".to_string()], opt: Some(3) };
    println!("[{}] [{:>4}] [{:?}] [{:#?}]", n, n, n, n);
    println!("{} {:.1} {:>8}", Celsius(21.5), Celsius(21.55), Celsius(3.0));
    let s = n.to_string();
    println!("{}", s.len());
    more();
}
struct Meters(i32);
impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { fmt::Display::fmt(&self.0, f)?; f.write_str(" m") }
}
fn more() {
    println!("[{:>5}] [{:<+5}] [{:05}]", Meters(3), Meters(4), Meters(-5));
}
