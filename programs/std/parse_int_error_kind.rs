// ParseIntError::kind gives std's IntErrorKind to match on (was a false E0599).
use std::num::IntErrorKind;
fn classify(s: &str) -> &'static str {
    match s.parse::<u8>() {
        Ok(_) => "ok",
        Err(e) => match e.kind() {
            IntErrorKind::Empty => "empty",
            IntErrorKind::InvalidDigit => "digit",
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => "range",
            _ => "other",
        },
    }
}
fn main() {
    for s in ["", "x", "300", "-1", "7"] {
        println!("{:?} {}", s, classify(s));
    }
    let e = "-".parse::<i64>().unwrap_err();
    println!("{:?} {}", e.kind(), *e.kind() == IntErrorKind::InvalidDigit);
    let e = "-999".parse::<i8>().unwrap_err();
    println!("{:?}", e.kind());
}
