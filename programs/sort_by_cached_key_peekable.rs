// sort_by_cached_key (each key computed once, std's permutation by swaps) and Peekable<I> written with
// one argument, as std declares it.
use std::iter::Peekable;
use std::slice::Iter;
fn sum_run(it: &mut Peekable<Iter<'_, i32>>) -> i32 { let mut s = 0; while let Some(&&x) = it.peek() { if x < 0 { break; } s += x; it.next(); } s }
fn main() {
    let mut calls = 0;
    let mut v: Vec<i32> = (0..50).map(|i| (i * 37 + 11) % 23).collect();
    v.sort_by_cached_key(|x| { calls += 1; (x % 5, -x) });
    println!("{:?} {}", v, calls);
    let mut w = vec!["bb", "a", "ccc", "dd", "e"];
    w.sort_by_cached_key(|s| s.len());
    println!("{:?}", w);
    let data = [1, 2, -1, 5, 6];
    let mut it = data.iter().peekable();
    let a = sum_run(&mut it);
    it.next();
    println!("{} {}", a, sum_run(&mut it));
}
