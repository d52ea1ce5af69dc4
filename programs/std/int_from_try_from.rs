// Integer From and TryFrom: i32::from(u8/bool), u32::from(char), try_from across widths and signs, with
// TryFromIntError's Debug and Display.
fn main() {
    println!("{}", u8::try_from(300i32).is_err());
    println!("{:?}", i8::try_from(100u64));
    println!("{:?}", u32::try_from(-1i32));
    println!("{:?} {:?}", u64::try_from(-5i64).is_ok(), i64::try_from(u64::MAX));
    println!("{:?}", usize::try_from(42i32));
    println!("{}", i32::from(200u8) + i32::from(true));
    println!("{} {}", u32::from('a'), u64::from(7u32));
    match u8::try_from(1000u32) { Ok(v) => println!("ok {}", v), Err(e) => println!("err: {}", e) }
    let x: Result<i16, _> = i16::try_from(40000u32);
    println!("{:?}", x);
}
