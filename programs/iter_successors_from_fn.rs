// std::iter::successors (each item computed from the one before, until None) and std::iter::from_fn
// (a closure's results until None), with adapters, for loops and owned items (were unsupported).
use std::iter::{from_fn, successors};

fn collatz(n: u64) -> impl Iterator<Item = u64> {
    successors(Some(n), |&k| if k == 1 { None } else if k % 2 == 0 { Some(k / 2) } else { Some(3 * k + 1) })
}

fn main() {
    let powers: Vec<u32> = successors(Some(1u32), |&x| x.checked_mul(10)).take(5).collect();
    println!("{:?}", powers);
    println!("{:?} steps {}", collatz(6).collect::<Vec<_>>(), collatz(27).count());
    let words: Vec<String> = successors(Some(String::from("a")), |s| if s.len() < 4 { Some(format!("{}b", s)) } else { None })
        .collect();
    println!("{:?}", words);
    let none: Option<i32> = None;
    println!("{}", successors(none, |&x| Some(x + 1)).count());

    let mut n = 0;
    let squares: Vec<i32> = from_fn(|| {
        n += 1;
        if n <= 4 { Some(n * n) } else { None }
    })
    .collect();
    println!("{:?} n={}", squares, n);
    let mut fib = (0u64, 1u64);
    let big = std::iter::from_fn(move || {
        let r = fib.0;
        fib = (fib.1, fib.0 + fib.1);
        Some(r)
    })
    .skip_while(|&x| x < 1000)
    .next();
    println!("{:?}", big);
    let text = "3 14 15";
    let mut parts = text.split(' ');
    for v in from_fn(|| parts.next().map(|p| p.parse::<i32>().unwrap())) {
        print!("{} ", v * 2);
    }
    println!();
}
