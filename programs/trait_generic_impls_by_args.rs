// One generic trait implemented twice for a type (`Conv<i64>` and `Conv<String>`): a method call
// picks the impl by the expected result type or by the arguments' types, as rustc's selection does;
// so does a call by path (`Conv::conv(&s)`) with the result's type known.
trait Conv<T> {
    fn conv(&self) -> T;
    fn conv_twice(&self) -> (T, T) {
        (self.conv(), self.conv())
    }
}

trait Mix<T> {
    fn mix(&self, t: T) -> String;
}

struct S(i64);

impl Conv<i64> for S {
    fn conv(&self) -> i64 { self.0 * 2 }
}

impl Conv<String> for S {
    fn conv(&self) -> String { format!("S{}", self.0) }
}

impl Mix<i32> for S {
    fn mix(&self, t: i32) -> String { format!("int {}", t + self.0 as i32) }
}

impl Mix<&str> for S {
    fn mix(&self, t: &str) -> String { format!("str {}", t) }
}

fn show(x: String) {
    println!("{}", x);
}

fn main() {
    let s = S(21);
    let a: i64 = s.conv();
    let b: String = s.conv();
    println!("{} {}", a, b);
    show(s.conv());
    let p: (String, String) = s.conv_twice();
    let q: (i64, i64) = s.conv_twice();
    println!("{:?} {:?}", p, q);
    let n = 4;
    let w = "w";
    println!("{} / {}", s.mix(n), s.mix(w));
    println!("{} / {}", s.mix(1), s.mix("lit"));
    println!("{}", <S as Conv<String>>::conv(&s));
    let by_path: String = Conv::conv(&s);
    let by_type: i64 = S::conv(&s);
    println!("{} {}", by_path, by_type);
}
