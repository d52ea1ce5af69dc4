// A generic trait's function called by path: the arguments choose among the impls for one type,
// also through the trait's own path (`Conv::conv(x)`, `From::from(x)`).
#[derive(Debug)]
struct Num(i64);

trait Conv<X> {
    fn conv(x: X) -> Self;
}

impl Conv<i32> for Num {
    fn conv(x: i32) -> Num { Num(x as i64 * 10) }
}

impl Conv<bool> for Num {
    fn conv(x: bool) -> Num { Num(if x { 1 } else { -1 }) }
}

impl From<char> for Num {
    fn from(c: char) -> Num { Num(c as i64) }
}

impl From<(i64, i64)> for Num {
    fn from(p: (i64, i64)) -> Num { Num(p.0 + p.1) }
}

fn main() {
    let a = Num::conv(5i32);
    let b = Num::conv(true);
    let c: Num = Conv::conv(false);
    let d: Num = From::from('A');
    let e: Num = From::from((2, 3));
    println!("{:?} {:?} {:?} {:?} {:?}", a, b, c, d, e);
}
