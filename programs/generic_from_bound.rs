// `T::from(x)` in a generic body bounded by `From`: the program's impl, std's conversions of
// numbers and strings, and std's reflexive `From<T> for T`.
#[derive(Debug)]
struct Wrap(u8);

impl From<u8> for Wrap {
    fn from(x: u8) -> Wrap { Wrap(x) }
}

fn conv<T: From<u8>>(x: u8) -> T { T::from(x) }
fn text<T: From<&'static str>>() -> T { T::from("text") }
fn letter<T>() -> T where T: From<char> { T::from('q') }
fn same<T: From<String>>(s: String) -> T { <T as From<String>>::from(s) }

fn main() {
    let w: Wrap = conv(7);
    let big: u64 = conv(200);
    let f: f64 = conv(3);
    let c: char = conv(66);
    let s: String = text();
    let l: String = letter();
    let t: String = same(String::from("kept"));
    println!("{:?} {} {} {} {} {} {}", w, big, f, c, s, l, t);
}
