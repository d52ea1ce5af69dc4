// std::env::args: the program's own name first, then what follows FILE on the command line (none here,
// as the tests run it): collected, skipped, taken by position, counted.
use std::env;
fn main() {
    let args: Vec<String> = env::args().collect();
    println!("{} {}", args.len(), env::args().len());
    let rest: Vec<String> = std::env::args().skip(1).collect();
    println!("{:?}", rest);
    match env::args().nth(1) {
        Some(a) => println!("first: {}", a),
        None => println!("usage: prog NAME"),
    }
    let n: usize = env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    println!("{}", n);
    for (i, a) in env::args().enumerate().skip(1) { println!("{} {}", i, a); }
}
