// Items declared inside function bodies may share a name with items of other bodies or of the top
// level: each body sees its own (a local `struct Point` shadows the crate's), and Debug output and
// messages show the name as written.
#[derive(Debug)]
struct Point {
    x: i32,
}

fn flat() -> String {
    #[derive(Debug)]
    struct Point(i32, i32);
    impl Point {
        fn sum(&self) -> i32 {
            self.0 + self.1
        }
    }
    let p = Point(3, 4);
    format!("{:?} sums to {}", p, p.sum())
}

fn labelled() -> String {
    #[derive(Debug, PartialEq)]
    enum Point {
        Origin,
        At { x: i32 },
    }
    const HOME: Point = Point::Origin;
    fn describe(p: &Point) -> &'static str {
        match *p {
            HOME => "home",
            Point::At { .. } => "away",
        }
    }
    let a = Point::At { x: 2 };
    format!("{:?} is {}, {:?} is {}", a, describe(&a), HOME, describe(&HOME))
}

fn main() {
    fn helper() -> i32 {
        10
    }
    println!("{}", flat());
    println!("{}", labelled());
    println!("{:?} {}", Point { x: helper() }, inner());
}

fn inner() -> i32 {
    fn helper() -> i32 {
        20
    }
    helper()
}
