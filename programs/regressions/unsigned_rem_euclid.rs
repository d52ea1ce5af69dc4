//@ run-fail
// rem_euclid on 64-bit unsigned values above i64::MAX, and the signed overflow case
// (found by the differential fuzzer: `(u64::MAX - 1).rem_euclid(5)` printed 3).
fn minus_one() -> i64 {
    -1
}

fn main() {
    let a: u64 = u64::MAX - 1;
    println!("{}", a.rem_euclid(5));
    let b: usize = usize::MAX;
    println!("{}", b.rem_euclid(7));
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", 7u8.rem_euclid(3));
    println!("{}", (u64::MAX).abs_diff(1));
    let m = i64::MIN;
    println!("{}", m.rem_euclid(minus_one()));
}
