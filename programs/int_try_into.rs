// Integer try_into: the target fixed by an annotation, a later use or a `?`; out-of-range values are
// TryFromIntError, as std's TryFrom between integers.
use std::convert::{TryFrom, TryInto};
#[derive(Debug)]
struct Even(u32);
impl TryFrom<u32> for Even { type Error = String; fn try_from(v: u32) -> Result<Self, String> { if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) } } }
fn idx(v: &[i32], i: i64) -> Option<i32> { let u: usize = i.try_into().ok()?; v.get(u).copied() }
fn main() {
    let v = vec![10, 20, 30];
    println!("{:?} {:?} {:?}", idx(&v, 1), idx(&v, -1), idx(&v, 7));
    let big: u64 = u64::MAX;
    let r: Result<i64, _> = big.try_into();
    println!("{:?}", r);
    let small: u16 = 70000u32.try_into().unwrap_or(u16::MAX);
    let n: i8 = (-128i32).try_into().expect("fits");
    println!("{} {}", small, n);
    let rb: Result<u8, _> = 300u32.try_into();
    match rb { Ok(b) => println!("byte {}", b), Err(e) => println!("error: {}", e) }
    let e: Result<Even, _> = Even::try_from(3);
    println!("{:?}", e);
}
