//@ run-fail
// Ord::max / min / clamp on an integer literal's type ({integer}): rustc accepts them (every integer
// type has them through Ord), unlike the inherent pow or checked_add (E0689). The literal's type is
// fixed later (here u64 by the loop, i32 by default elsewhere).
fn main() {
    let a = 3;
    println!("{}", a.max(4));
    let v = vec![1, 5, 2];
    println!("{}", v.iter().fold(0, |m, &x| m.max(x)));
    let mut best = 0;
    for x in [3, 9, 2] {
        best = best.max(x);
    }
    let mut lo = 100;
    for x in [3u64, 9, 2] {
        lo = lo.min(x);
    }
    println!("{} {}", best, lo);
    let c = 15;
    println!("{} {}", c.clamp(1, 10), (-4).clamp(0, 3));
    let big = 5_000_000_000i64;
    println!("{}", big.max(7));
    let z = 4;
    println!("{}", z.clamp(9, 3));
}
