// `dyn Debug` of types whose Debug is derived or std's: the vtable's fmt formats them natively,
// honouring `{:#?}` (once reported as unsupported).
use std::fmt::Debug;

#[derive(Debug)]
struct Q(u8);

#[derive(Debug)]
enum Shape {
    Dot,
    Line { from: (i32, i32), to: (i32, i32) },
}

fn show(items: &[&dyn Debug]) {
    for (i, d) in items.iter().enumerate() {
        println!("{}: {:?}", i, d);
    }
}

fn main() {
    let q = Q(1);
    let v = vec![1, 2, 3];
    let s = String::from("text");
    show(&[&q, &v, &s, &42u8, &Some('x'), &Shape::Dot]);
    let boxed: Vec<Box<dyn Debug>> = vec![Box::new(Shape::Line { from: (0, 0), to: (3, 4) }), Box::new((1.5, "pair"))];
    for b in &boxed {
        println!("{:?}", b);
    }
    println!("{:#?}", boxed[0]);
}
