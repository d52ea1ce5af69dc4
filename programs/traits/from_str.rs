// FromStr by hand: s.parse::<T>() calls T::from_str, whose Err is the impl's own (type Err), and
// T::from_str called directly; ? inside from_str passes parse's ParseIntError on.
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = ParseIntError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let mut comma = 0;
        for (i, b) in t.bytes().enumerate() {
            if b == b',' {
                comma = i;
            }
        }
        let x = t[..comma].parse::<i32>()?;
        let y = t[comma + 1..].parse::<i32>()?;
        Ok(Point { x, y })
    }
}

#[derive(Debug)]
enum Color {
    Red,
    Green,
}

#[derive(Debug)]
struct BadColor(String);

impl fmt::Display for BadColor {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "unknown color '{}'", self.0)
    }
}

impl FromStr for Color {
    type Err = BadColor;

    fn from_str(s: &str) -> Result<Color, BadColor> {
        match s {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            other => Err(BadColor(other.to_string())),
        }
    }
}

fn main() {
    let p = "3,4".parse::<Point>();
    println!("{:?}", p);
    match " 1,x".parse::<Point>() {
        Ok(p) => println!("{:?}", p),
        Err(e) => println!("error: {}", e),
    }
    let input = String::from("green");
    println!("{:?}", input.parse::<Color>());
    match "blue".parse::<Color>() {
        Ok(c) => println!("{:?}", c),
        Err(e) => println!("{}", e),
    }
    println!("{:?}", Point::from_str("10,-2").unwrap());
}
