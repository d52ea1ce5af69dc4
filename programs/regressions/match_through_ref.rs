// `match &place` / `if let P = &mut place` read the place itself (the reference is not stored in a
// temporary first): arms through the implicit deref, wildcards, guards, explicit `&` patterns and a
// binding of the reference itself, on niche, tagged and nested enums, a tuple and a list walk.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: i64, h: i64 },
    Empty,
}
struct Node {
    val: i64,
    next: Option<Box<Node>>,
}
fn main() {
    let mut o: Option<String> = Some(String::from("hi"));
    match &o {
        Some(s) => println!("some {}", s),
        None => println!("none"),
    }
    match &mut o {
        Some(s) => s.push_str("!"),
        None => {}
    }
    match &o {
        Some(s) if s.len() > 2 => println!("long {}", s),
        _ => println!("short"),
    }
    let shapes = vec![Shape::Circle(1.5), Shape::Rect { w: 2, h: 3 }, Shape::Empty];
    for i in 0..3 {
        let d = match &shapes[i] {
            Shape::Circle(r) => *r as i64,
            Shape::Rect { w, h } => w * h,
            Shape::Empty => 0,
        };
        println!("{} {:?}", d, shapes[i]);
    }
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: Some(Box::new(Node { val: 3, next: None })) })) };
    let mut cur = &n;
    loop {
        println!("val {}", cur.val);
        cur = match &cur.next {
            Some(b) => b,
            None => break,
        };
    }
    let mut m = &mut n;
    while let Some(b) = &mut m.next {
        b.val *= 10;
        m = b;
    }
    let mut c = &n;
    while let Some(b) = &c.next {
        println!("now {}", b.val);
        c = b;
    }
    let t = (Some(3), String::from("x"));
    match &t {
        (Some(k), s) => println!("{} {}", k, s),
        (None, s) => println!("none {}", s),
    }
    let mut v = Some(5);
    if let Some(x) = &mut v {
        *x += 1;
    }
    match &v {
        Some(5) => println!("five"),
        Some(6) => println!("six"),
        _ => println!("other"),
    }
    match &v {
        &Some(y) => println!("y {}", y),
        &None => {}
    }
    match &v {
        r => println!("r {:?}", r),
    }
    let nested: Option<Option<Box<i64>>> = Some(Some(Box::new(7)));
    match &nested {
        Some(Some(b)) => println!("inner {}", b),
        Some(None) => println!("inner none"),
        None => println!("none"),
    }
}
