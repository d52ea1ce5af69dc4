// `use` of items a module may see (globs, groups, `super::`, `crate::`), tuple struct constructors and
// struct literals inside the struct's module or with public fields only: all accepted, as in rustc.
mod geo {
    pub struct Point(pub i32, pub i32);

    pub struct Meters(f64);

    pub struct Box2 {
        pub lo: Point,
        hi: Point,
    }

    pub enum Dir {
        Up(i32),
        Down { by: i32 },
    }

    fn secret() -> i32 {
        11
    }

    pub fn meters(x: f64) -> Meters {
        Meters(x)
    }

    impl Meters {
        pub fn get(&self) -> f64 {
            self.0
        }
    }

    pub fn unit_box() -> Box2 {
        Box2 { lo: Point(0, 0), hi: Point(1, 1) }
    }

    impl Box2 {
        pub fn width(&self) -> i32 {
            self.hi.0 - self.lo.0
        }
    }

    pub mod tools {
        use super::secret;
        use super::*;

        pub fn twice() -> i32 {
            secret() * 2 + Point(1, 2).1
        }
    }
}

use crate::geo::tools;
use geo::{meters, Dir, Point};

fn main() {
    let p = Point(3, 4);
    let q = geo::Point(5, 6);
    println!("{} {}", p.0 + p.1, q.0);
    println!("{}", meters(2.5).get());
    let b = geo::unit_box();
    println!("{} {}", b.width(), b.lo.1);
    println!("{}", tools::twice());
    let d = Dir::Up(1);
    let e = geo::Dir::Down { by: 2 };
    for x in [d, e] {
        match x {
            Dir::Up(n) => println!("up {}", n),
            Dir::Down { by } => println!("down {}", by),
        }
    }
}
