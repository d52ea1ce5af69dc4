// Exhaustive matches rustc accepts: ranges that meet, or-patterns, nested enums, wildcards under guards.
#[derive(Debug)]
enum Shape {
    Dot,
    Line(i32),
    Rect { w: i32, h: i32 },
}

fn main() {
    let xs: [u8; 3] = [0, 7, 255];
    for x in xs {
        let s = match x {
            0 => "zero",
            1..=9 => "digit",
            10..=u8::MAX => "big",
        };
        println!("{}", s);
    }
    let v: i8 = -3;
    match v {
        i8::MIN..=-1 => println!("negative"),
        0 | 1 => println!("small"),
        2.. => println!("large"),
    }
    for o in [Some(true), Some(false), None] {
        match o {
            Some(true) | None => println!("a"),
            Some(false) => println!("b"),
        }
    }
    let shapes = [Shape::Dot, Shape::Line(2), Shape::Rect { w: 1, h: 2 }];
    for s in &shapes {
        let area = match s {
            Shape::Dot => 0,
            Shape::Line(n) if *n > 10 => 100,
            Shape::Line(_) => 1,
            Shape::Rect { w, h } => w * h,
        };
        println!("{:?} {}", s, area);
    }
    let pair = (1u8, false);
    let (a, b) = pair;
    match (b, a) {
        (true, _) => println!("t"),
        (false, 0) => println!("f0"),
        (false, 1..) => println!("f+"),
    }
    let c = 'x';
    match c {
        '\0'..='\u{D7FF}' | '\u{E000}'..='\u{10FFFF}' => println!("char"),
    }
}
