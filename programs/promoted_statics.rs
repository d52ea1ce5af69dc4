// rustc promotes a borrowed constant expression to a static (`&[104, 105]`, `&5`, `&Some(5)`, `&FOO`,
// `[1, 2].iter()`), so a reference to it may be returned as 'static (rustle said E0515). Its value
// lives in static memory, not in the frame: calling other functions afterwards leaves it intact, and
// every call returns the same address.
#[derive(Debug)]
struct P {
    x: i32,
    y: i32,
}
const FOO: i32 = 7;
static BAR: (u8, char) = (1, 'b');

fn bytes() -> &'static [u8] {
    &[104, 105]
}
fn five() -> &'static i32 {
    &5
}
fn pair() -> &'static (i32, bool) {
    &(1 + 2 * 3, !true)
}
fn text() -> &'static &'static str {
    &"x"
}
fn opt() -> &'static Option<i32> {
    &Some(5)
}
fn none() -> &'static Option<String> {
    &None
}
fn point() -> &'static P {
    &P { x: -1, y: 7 / 2 }
}
fn konst() -> &'static i32 {
    &FOO
}
fn stat() -> &'static (u8, char) {
    &BAR
}
fn iter() -> std::slice::Iter<'static, i64> {
    [10, 20, 30].iter()
}
fn noise(n: u64) -> u64 {
    let a = [n; 32];
    a.iter().sum()
}

fn main() {
    let (b, f, p, t, o, n, pt, k, s) = (bytes(), five(), pair(), text(), opt(), none(), point(), konst(), stat());
    let it = iter();
    println!("{}", noise(3));
    println!("{:?} {} {:?} {} {:?} {:?}", b, f, p, t, o, n);
    println!("{:?} {} {} {:?} {:?}", pt, pt.x + pt.y, k, s, it.collect::<Vec<_>>());
    println!("same address: {}", format!("{:p}", five()) == format!("{:p}", five()));
    let r: &'static [f64; 3] = &[0.5; 3];
    println!("{:?}", r);
}
