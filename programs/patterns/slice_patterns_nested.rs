// Slice patterns in parameters, closures, for loops, nested slices, enum payloads, guards and `match *s`.
#[derive(Debug)]
enum Shape { Poly(Vec<(i32, i32)>), Dot }

fn area([w, h]: [u32; 2]) -> u32 { w * h }

fn classify(v: &[&[i32]]) -> &'static str {
    match v {
        [] => "none",
        [[], ..] => "first empty",
        [[x, ..], ..] if *x > 5 => "big head",
        [[_, ..], rest @ ..] => if rest.is_empty() { "single" } else { "many" },
    }
}

fn main() {
    println!("{}", area([3, 4]));
    let pairs = vec![[1, 2], [3, 4], [5, 6]];
    for [a, b] in &pairs {
        print!("{} ", a + b);
    }
    println!();
    for [a, b] in pairs {
        print!("{} ", a * b);
    }
    println!();
    let f = |[x, y]: [i32; 2]| x - y;
    println!("{}", f([10, 3]));
    println!("{}", classify(&[]));
    println!("{}", classify(&[&[], &[1]]));
    println!("{}", classify(&[&[9, 1]]));
    println!("{}", classify(&[&[1]]));
    println!("{}", classify(&[&[1], &[2, 3]]));
    let shapes = vec![Shape::Poly(vec![(0, 0), (1, 0), (0, 1)]), Shape::Dot, Shape::Poly(vec![])];
    for s in &shapes {
        match s {
            Shape::Poly(pts) => match pts.as_slice() {
                [] => println!("empty poly"),
                [(x0, y0), .., (xn, yn)] => println!("from ({}, {}) to ({}, {})", x0, y0, xn, yn),
                [_] => println!("one"),
            },
            Shape::Dot => println!("dot"),
        }
    }
    let words: Vec<String> = vec!["alpha".to_string(), "beta".to_string()];
    match words.as_slice() {
        [a, b] if a.len() > b.len() => println!("{} longer than {}", a, b),
        [a, ..] => println!("first {}", a),
        [] => {}
    }
    let mut grid = [[0u8; 3]; 2];
    let [row0, row1] = &mut grid;
    row0[1] = 7;
    let [.., last] = row1;
    *last = 9;
    println!("{:?}", grid);
    let s: &[i32] = &[1, 2, 3, 4, 5, 6];
    let mut it = s;
    let mut n = 0;
    while let [_, _, rest @ ..] = it {
        n += 1;
        it = rest;
    }
    println!("{} {:?}", n, it);
    let [a, b, c] = [String::from("a"), String::from("b"), String::from("c")];
    println!("{}{}{}", c, b, a);
    if let [.., x] = s { println!("last {}", x); }
    let r = match *s { [first, ..] => first, [] => 0 };
    println!("{}", r);
    let t = [1, 2, 3, 4, 5];
    if let [1, rest @ ..] = &t { println!("{:?} {}", rest, rest.len()); }
    let [_, ref mid @ .., _] = t;
    println!("{:?}", mid);
    println!("{}", mid.len());
}
