// The program's `impl TryFrom<u32> for Even`, called as Even::try_from (rustle said E0405: the trait was
// unknown), and `?` on a Result<_, &str> in a function returning Result<_, String> (std's From<&str> for
// String; rustle said E0277).
use std::convert::TryFrom;
#[derive(Debug)]
struct Even(u32);
impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v))
        } else {
            Err(format!("{} is odd", v))
        }
    }
}
fn hex_byte(s: &str) -> Result<u8, String> {
    let digits = s.strip_prefix("0x").ok_or("missing 0x")?;
    let b = u8::from_str_radix(digits, 16).map_err(|e| e.to_string())?;
    Ok(b)
}
fn halve(v: u32) -> Result<u32, String> {
    let e = Even::try_from(v)?;
    Ok(e.0 / 2)
}
fn main() {
    for v in [4u32, 7] {
        match Even::try_from(v) {
            Ok(e) => println!("even {:?}", e),
            Err(msg) => println!("{}", msg),
        }
    }
    println!("{:?} {:?}", halve(10), halve(3));
    for s in ["0x1f", "1f", "0xzz"] {
        println!("{:?}", hex_byte(s));
    }
}
