// Two impls of one generic trait for S and nothing to choose between them: E0283 (by method or by path).
trait Conv<T> {
    fn conv(&self) -> T;
}

struct S(i64);

impl Conv<i64> for S {
    fn conv(&self) -> i64 { self.0 }
}

impl Conv<String> for S {
    fn conv(&self) -> String { format!("{}", self.0) }
}

fn main() {
    let s = S(1);
    println!("{}", s.conv()); //~ ERROR E0283
    println!("{}", Conv::conv(&s)); //~ ERROR E0283
}
