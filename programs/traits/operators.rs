// Operator traits implemented by hand: Add with the default Rhs = Self, Add<Meters> for Millimeters,
// Mul by a scalar, Sub/Neg/Not, AddAssign on a type that owns a String, and PartialEq/PartialOrd
// written out (== and < call the impls).
use std::cmp::Ordering;
use std::ops::{Add, AddAssign, Mul, Neg, Not, Sub};

#[derive(Debug, Copy, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;

    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Point {
    type Output = Self;

    fn sub(self, other: Self) -> Self::Output {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul<i32> for Point {
    type Output = Point;

    fn mul(self, k: i32) -> Point {
        Point { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Point {
    type Output = Point;

    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

#[derive(Debug)]
struct Millimeters(u32);
#[derive(Debug)]
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;

    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

#[derive(Debug, Clone, Copy)]
struct Flag(bool);

impl Not for Flag {
    type Output = Flag;

    fn not(self) -> Flag {
        Flag(!self.0)
    }
}

#[derive(Debug)]
struct Log {
    text: String,
    lines: usize,
}

impl AddAssign<&str> for Log {
    fn add_assign(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
        self.lines += 1;
    }
}

struct Version {
    major: u32,
    minor: u32,
    label: &'static str,
}

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        println!("  eq({}, {})", self.label, other.label);
        self.major == other.major && self.minor == other.minor
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        if self.major != other.major {
            return if self.major < other.major { Some(Ordering::Less) } else { Some(Ordering::Greater) };
        }
        if self.minor < other.minor {
            Some(Ordering::Less)
        } else if self.minor > other.minor {
            Some(Ordering::Greater)
        } else {
            Some(Ordering::Equal)
        }
    }
}

fn main() {
    let p = Point { x: 1, y: 0 } + Point { x: 2, y: 3 };
    println!("{:?}", p);
    assert_eq!(p, Point { x: 3, y: 3 });
    println!("{:?} {:?} {:?}", p - Point { x: 1, y: 1 }, p * 3, -p);
    let mm = Millimeters(500) + Meters(2);
    println!("{:?}", mm);
    let f = Flag(true);
    println!("{:?} {:?}", !f, !!f);
    let mut log = Log { text: String::new(), lines: 0 };
    log += "first";
    log += "second";
    print!("{}", log.text);
    println!("{} lines", log.lines);
    let a = Version { major: 1, minor: 2, label: "a" };
    let b = Version { major: 1, minor: 3, label: "b" };
    let c = Version { major: 1, minor: 2, label: "c" };
    println!("a == c: {}", a == c);
    println!("a != b: {}", a != b);
    println!("a < b: {} a >= c: {} b > a: {} b <= a: {}", a < b, a >= c, b > a, b <= a);
}
