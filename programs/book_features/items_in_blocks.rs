// Items declared inside function bodies: visible in their whole block, impls apply everywhere.
fn describe(n: u32) -> String {
    // Used before its declaration, as Rust allows.
    let s = Size::of(n);
    enum Size {
        Small,
        Large(u32),
    }
    impl Size {
        fn of(n: u32) -> Size {
            if n < LIMIT { Size::Small } else { Size::Large(n) }
        }
    }
    const LIMIT: u32 = 10;
    match s {
        Size::Small => String::from("small"),
        Size::Large(k) => format!("large ({})", k),
    }
}

struct Meters(f64);

fn main() {
    struct Point {
        x: i32,
        y: i32,
    }

    impl Point {
        fn sum(&self) -> i32 {
            self.x + self.y
        }
    }

    fn double(p: &Point) -> Point {
        Point { x: p.x * 2, y: p.y * 2 }
    }

    type Pair = (i32, i32);

    let p = Point { x: 3, y: 4 };
    let q = double(&p);
    let pair: Pair = (q.x, q.y);
    println!("{} {} {:?}", p.sum(), q.sum(), pair);
    println!("{} {}", describe(3), describe(42));

    {
        use std::mem;
        let mut a = 1;
        let mut b = 2;
        mem::swap(&mut a, &mut b);
        println!("{} {}", a, b);
    }

    // An impl inside a block applies to the type everywhere.
    impl Meters {
        fn feet(&self) -> f64 {
            self.0 * 3.28
        }
    }
    println!("{:.2}", show(&Meters(2.0)));
}

fn show(m: &Meters) -> f64 {
    m.feet()
}
