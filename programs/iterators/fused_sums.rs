// sum and count over map/filter adapters (run as one loop): results, closure side effects and their
// order, a `return` inside the closure, captures by move, and count dropping the items it counts.
fn main() {
    let v: Vec<i64> = (1..=20).collect();
    let a: i64 = v.iter().map(|&x| x * 3).sum();
    let b: i64 = v.iter().filter(|x| **x % 2 == 0).sum();
    let c = v.iter().filter(|&&x| x > 5).count();
    let d: u8 = (1u8..10).map(|x| x * 2).sum();
    let e: i32 = (0..10).filter(|x| x % 3 == 0).sum();
    let f: i64 = v.iter().map(|&x| { if x > 15 { return 0; } x }).sum();
    let s = String::from("ab");
    let g: usize = v.iter().map(move |&x| s.len() + x as usize).sum();
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let h = words.into_iter().filter(|w| w.len() > 1).count();
    let mut order = Vec::new();
    let i: i64 = (0..5i64).map(|x| { order.push(x); x * x }).filter(|x| x % 2 == 0).sum();
    let k: u64 = (0..0u64).map(|x| x + 1).sum();
    let l = (0..100u64).filter(|x| x % 7 == 0).count();
    let m: i64 = v.iter().rev().map(|x| x - 10).filter(|x| *x > 0).sum();
    let n = vec![String::from("x"), String::from("y")].into_iter().count();
    let big: i64 = (0..4i64).map(|x| x * 1_000_000_000_000).sum();
    println!("{} {} {} {} {} {} {} {} {} {:?} {} {} {} {} {}", a, b, c, d, e, f, g, h, i, order, k, l, m, n, big);
}
