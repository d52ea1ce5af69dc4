// Display and Debug written by hand: write!, f.write_str, f.pad with the placeholder's options,
// nested user impls, to_string, format!, and write! into a String through fmt::Write.
use std::fmt;
use std::fmt::Write;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("Name<")?;
        f.write_str(&self.0)?;
        f.write_str(">")
    }
}

struct Line {
    from: Point,
    to: Point,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "from {}", self.from)?;
        write!(f, "to {}", self.to)
    }
}

struct Opts;

impl fmt::Display for Opts {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w={:?} p={:?} fill={:?} alt={} plus={}", f.width(), f.precision(), f.fill(), f.alternate(), f.sign_plus())
    }
}

#[derive(Debug)]
struct Wrapper {
    name: Name,
    n: u8,
}

fn main() {
    let p = Point { x: 1, y: -3 };
    println!("{}", p);
    println!("[{:>12}]", p); // write! ignores the outer width
    let n = Name(String::from("Ferris"));
    println!("[{:>10}] [{:<10}] [{:^10}] [{:*^9.3}]", n, n, n, n);
    println!("{:?}", n);
    let l = Line { from: Point { x: 0, y: 0 }, to: p };
    println!("{l}");
    let s = l.to_string();
    println!("{} bytes", s.len());
    let t = format!("<{}|{:?}>", n, n);
    println!("{t}");
    println!("{}", Opts);
    println!("{:#>+8.2}", Opts);
    let w = Wrapper { name: Name(String::from("x")), n: 7 };
    println!("{:?}", w);
    let mut out = String::new();
    write!(out, "{}-{}", 1, Point { x: 2, y: 3 }).unwrap();
    writeln!(out, "!").unwrap();
    print!("{}", out);
    println!("{}", out.capacity());
}
