// Inline modules, `pub`, `use` with groups, renames and globs, crate::/self::/super:: paths, aliases, statics.
mod shapes {
    pub mod round {
        #[derive(Debug)]
        pub struct Circle {
            pub r: f64,
        }
        pub fn area(c: &Circle) -> f64 {
            super::PI_ISH * c.r * c.r
        }
    }
    pub const PI_ISH: f64 = 3.0;
    pub fn unit() -> round::Circle {
        round::Circle { r: 1.0 }
    }
    pub enum Kind { Dot, Blob(u8) }
}
use shapes::round::{self, Circle as Round};
use shapes::Kind::*;
use crate::shapes::unit as make_unit;
type Num = u64;
static GREETING: &str = "hi";
fn main() {
    let c = Round { r: 2.0 };
    let d: shapes::round::Circle = shapes::unit();
    println!("{} {} {:?}", round::area(&c), crate::shapes::round::area(&d), make_unit());
    let k = Blob(3);
    match k { Dot => println!("dot"), Blob(n) => println!("blob {}", n) }
    let n: Num = 5;
    let m: crate::Num = n + 1;
    println!("{} {} {}", m, GREETING, self::shapes::PI_ISH);
}
