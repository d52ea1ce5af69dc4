// from_str_radix: signs (a '-' only for signed types), digits of any radix up to 36, and std's error kinds.
fn main() {
    println!("{:?} {:?} {:?}", i32::from_str_radix("-ff", 16), u8::from_str_radix("101", 2), u8::from_str_radix("-1", 10));
    println!("{:?} {:?} {:?}", i8::from_str_radix("-80", 16), i8::from_str_radix("80", 16), u16::from_str_radix("", 8));
    println!("{:?} {:?} {:?}", u32::from_str_radix("zz", 36), i64::from_str_radix("+7", 10), i32::from_str_radix("-", 10));
    println!("{:?} {:?}", u8::from_str_radix("12a", 10), i8::from_str_radix("-81", 16));
    println!("{}", u64::from_str_radix("ffffffffffffffff", 16).unwrap());
}
