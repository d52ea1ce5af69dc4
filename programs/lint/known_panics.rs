//@ check-fail
// rustc's deny-by-default lints of operations on values known at compile time that will panic.
const LIMIT: u8 = 255;

fn shifts(p: i32) -> i32 {
    let _ = p % 0; //~ ERROR this operation will panic at runtime
    p << 40 //~ ERROR this arithmetic operation will overflow
}

fn main() {
    let x: u8 = 255;
    let y = x + 1; //~ ERROR this arithmetic operation will overflow
    let a = [1, 2, 3];
    let i = 5;
    let _ = a[i]; //~ ERROR this operation will panic at runtime
    let d = 0;
    let _ = 10 / d; //~ ERROR this operation will panic at runtime
    let z: u32 = 7;
    let _ = z - 8; //~ ERROR this arithmetic operation will overflow
    let m = i64::MIN;
    let _ = -m; //~ ERROR this arithmetic operation will overflow
    let _ = LIMIT * 2; //~ ERROR this arithmetic operation will overflow
    let q = i32::MIN;
    let _ = q / -1; //~ ERROR this operation will panic at runtime
    let mut b = 1u8;
    b += 1;
    b += 254; //~ ERROR this arithmetic operation will overflow
    let n = -5;
    let _ = n - i32::MAX; //~ ERROR this arithmetic operation will overflow
    let c = 300i32 as u8;
    let _ = c * 2;
    if false {
        let _ = 255u8 + 1;
    }
    println!("{} {}", y, shifts(1));
}
