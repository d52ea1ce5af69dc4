// Two impls of one generic trait for S, and a call asking for a third: E0277 at what asks (the
// result type or the argument).
trait Conv<T> {
    fn conv(&self) -> T;
}

trait Mix<T> {
    fn mix(&self, t: T) -> String;
}

struct S(i64);

impl Conv<i64> for S {
    fn conv(&self) -> i64 { self.0 }
}

impl Conv<String> for S {
    fn conv(&self) -> String { format!("{}", self.0) }
}

impl Mix<i32> for S {
    fn mix(&self, t: i32) -> String { format!("{}", t) }
}

impl Mix<&str> for S {
    fn mix(&self, t: &str) -> String { t.to_string() }
}

fn main() {
    let s = S(1);
    let n = 0;
    let f: bool = s.conv(); //~ ERROR E0277
    println!("{}", s.mix(true)); //~ ERROR E0277
    println!("{} {}", n, f);
}
