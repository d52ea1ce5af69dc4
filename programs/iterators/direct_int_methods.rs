// Integer methods compiled in place (DirectIntCalls): abs, min, max, wrapping_*, abs_diff at each width.
fn main() {
    let v: Vec<i64> = vec![-5, 3, i64::MAX, -7, 0];
    let a: i64 = v.iter().map(|&x| if x == i64::MAX { 1 } else { x.abs() }).sum();
    let b = v.iter().fold(0i64, |m, &x| m.max(x));
    let c = v.iter().fold(i64::MAX, |m, &x| m.min(x));
    let d = (250u8).wrapping_add(10);
    let e = (3u8).wrapping_sub(10);
    let f = (-128i8).wrapping_mul(-1);
    let g = (-3i32).abs_diff(5);
    let h = (3u64).abs_diff(u64::MAX);
    let i = (200u8).min(100).max(150);
    let j = u64::MAX.max(1);
    let k = (-1i64 as u64).min(5);
    let l = (i32::MIN + 1).abs();
    let n = i64::MIN.wrapping_sub(1);
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i, j, k, l, n);
}
