// A String made through a hand-written Display grows as std's does: to_string and format! push each
// piece the impl writes, so the capacity doubles along the way (42 bytes end in a 72-byte buffer).
use std::fmt;
struct P(i32, i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "point number one ({}, {}) and more text here", self.0, self.1)
    }
}
fn main() {
    let s = P(1, 3).to_string();
    println!("{} {}", s.len(), s.capacity());
    let t = format!("{}", P(1, 3));
    println!("{} {}", t.len(), t.capacity());
    let u = format!("<{}>", P(1, 3));
    println!("{} {}", u.len(), u.capacity());
}
