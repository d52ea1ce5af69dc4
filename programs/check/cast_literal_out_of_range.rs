// rustc types an unsuffixed literal cast to an integer type as that type, so its overflowing_literals
// lint rejects `300 as u8` and `255 as i8`, and `300 as char` (only a u8 casts to char); rustle
// printed 44, -1 and a char.
fn main() {
    let a = 300 as u8; //~ ERROR literal out of range for `u8`
    let b = 255 as i8; //~ ERROR literal out of range for `i8`
    let c = 300 as char; //~ ERROR only `u8` can be cast into `char`
    println!("{} {} {}", a, b, c);
}
