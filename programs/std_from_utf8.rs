// String::from_utf8: valid bytes become the String (the buffer taken over, capacity kept); invalid ones
// give std's FromUtf8Error, its Display and Debug, and a panic through unwrap.
//@ run-fail
use std::string::FromUtf8Error;
fn decode(v: Vec<u8>) -> Result<String, FromUtf8Error> {
    let s = String::from_utf8(v)?;
    Ok(s)
}
fn boxed() -> Result<String, Box<dyn std::error::Error>> {
    Ok(String::from_utf8(vec![0x80])?)
}
fn main() {
    let s = String::from_utf8(vec![104, 105, 0xE2, 0x82, 0xAC]).unwrap();
    println!("{} {} {}", s, s.len(), s.capacity());
    for bad in [vec![0xff, 1], vec![104, 0xE2, 0x82], vec![0xE0, 0x80], vec![0xF0, 0x9F, 0x98, 0x41], vec![0xED, 0xA0, 0x80]] {
        match String::from_utf8(bad) {
            Ok(s) => println!("ok {}", s),
            Err(e) => println!("{} | {:?} | {} {:?} {:?}", e, e, e.utf8_error().valid_up_to(), e.utf8_error().error_len(), e.as_bytes()),
        }
    }
    let e = decode(vec![0xC3]).unwrap_err();
    println!("{}", e);
    let back = e.into_bytes();
    println!("{:?}", back);
    let r = boxed();
    println!("{:?}", r.is_err());
    let x = String::from_utf8(vec![0xC0]).unwrap();
    println!("{}", x);
}
