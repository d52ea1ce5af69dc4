// An unsuffixed integer literal cast to an integer type has that type, as rustc types it from the
// cast (rustle typed it i32: `3000000000 as i64` was a false "literal out of range for `i32`"); one
// cast to char is a u8. Other operands keep their own type.
fn main() {
    let big = 3000000000 as i64;
    let neg = -128 as i8;
    let top = 0xffff_ffff as u32;
    let ch = 97 as char;
    let x: i32 = 7;
    let wrapped = (x + 300) as u8;
    let f = 1 as f64;
    let huge = 18446744073709551615 as u64;
    println!("{} {} {} {} {} {} {}", big, neg, top, ch, wrapped, f, huge);
}
