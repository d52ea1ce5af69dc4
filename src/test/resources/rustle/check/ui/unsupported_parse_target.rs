//@ check-fail
// `str::parse` whose target is known only after the call is typed with std's primitive error type; a
// target other than a number, bool or char is then named as unsupported rather than run with the wrong
// error type (a turbofish, or an expected `Result<Point, _>`, reaches the program's FromStr).
use std::str::FromStr;
struct Point(i32);
impl FromStr for Point {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse::<i32>().map(Point).map_err(|e| e.to_string())
    }
}
fn main() {
    let p: Point = "5".parse().unwrap(); //~ ERROR `str::parse` into `Point` without a turbofish (`parse::<Point>()`) is not supported by rustle yet
    let s: String = "abc".parse().unwrap(); //~ ERROR `str::parse` into `String` is not supported by rustle yet
    let q: Result<Point, String> = "7".parse();
    println!("{} {} {}", p.0, s, q.unwrap().0);
}
