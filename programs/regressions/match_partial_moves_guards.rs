#[derive(Debug)]
enum Shape {
    Named { name: String, tag: String },
    Pair(String, String),
    Empty,
}
fn pick(i: u32) -> Shape {
    match i % 3 {
        0 => Shape::Named { name: format!("n{}", i), tag: format!("t{}", i) },
        1 => Shape::Pair(format!("l{}", i), format!("r{}", i)),
        _ => Shape::Empty,
    }
}
fn main() {
    for i in 0..6 {
        let s = pick(i);
        let got = match s {
            Shape::Named { name, .. } if i > 2 => name,
            Shape::Named { tag, .. } => tag,
            Shape::Pair(_, r) => r,
            Shape::Empty => String::from("-"),
        };
        println!("{} {}", i, got);
    }
    let pairs = vec![(String::from("a"), String::from("b")), (String::from("c"), String::from("d"))];
    for p in pairs {
        if let (x, _) = p {
            println!("x {}", x);
        }
    }
    let arr = [String::from("p"), String::from("q"), String::from("r")];
    match arr {
        [first, .., last] => println!("{} {}", first, last),
    }
    let t = (String::from("keep"), Some(String::from("inner")));
    match t {
        (_, Some(v)) => println!("v {}", v),
        (_, None) => println!("none"),
    }
    println!("done");
}
