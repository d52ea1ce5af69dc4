//@ check-fail
// Where rustc puts these lints: an overflow at its operator, a shift or negation assigned straight to a
// place at the whole assignment (checked on the MIR statement), a compound shift's amount as an i32.
fn spans() -> i64 {
    let m = i64::MIN;
    let mut z = 0i64;
    z = -m; //~ ERROR this arithmetic operation will overflow
    let mut a = [0u8; 2];
    a[0] = 255u8 + 1; //~ ERROR this arithmetic operation will overflow
    let mut w = [0u32; 1];
    w[0] = 1u32 << 40; //~ ERROR this arithmetic operation will overflow
    w[0] <<= 33; //~ ERROR this arithmetic operation will overflow
    let y = 1i64 << 64; //~ ERROR this arithmetic operation will overflow
    z + y
}

fn branches(n: u32) -> u32 {
    let x: u32 = 0;
    match n {
        1 => 1,
        _ => x - 3, //~ ERROR this arithmetic operation will overflow
    }
}

fn main() {
    println!("{} {}", spans(), branches(2));
}
