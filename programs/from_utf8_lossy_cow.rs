// String::from_utf8_lossy returns a Cow<str>: borrowed when the bytes are valid UTF-8, else an owned
// copy with U+FFFD for each invalid sequence; printed, matched, dereffed to &str (coercion, methods, &*),
// into_owned and to_string (was unsupported).
use std::borrow::Cow;
fn describe(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}
fn main() {
    let good = String::from_utf8_lossy(b"plain text");
    let bad_bytes = [b'o', b'k', 0xf0, 0x9f, b'!', 0xc3];
    let bad = String::from_utf8_lossy(&bad_bytes);
    println!("{} ({}), {} ({})", good, describe(&good), bad, describe(&bad));
    println!("{:?} {:?} {}", good, bad, bad.len());
    let words: Vec<&str> = good.split(' ').collect();
    println!("{:?} {}", words, good.starts_with("plain"));
    let owned: String = bad.into_owned();
    let t = good.to_string() + "!";
    println!("{} {} {}", owned, t, owned.chars().count());
    let c: Cow<str> = String::from_utf8_lossy(&[0xe2, 0x82, 0xac]);
    println!("{} {}", c, c.is_empty());
}
