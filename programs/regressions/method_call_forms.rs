// Method calls and the postfix forms next to them: a call after a field is a method call unless the
// field is parenthesised, turbofish on a method, calls and indexing on a call's result, and a method
// call continuing a block-like expression in statement position.
struct Counter {
    step: i64,
    f: fn(i64) -> i64,
    v: Vec<i64>,
}

impl Counter {
    fn f(&self, x: i64) -> i64 {
        x + self.step
    }

    fn adder(&self) -> impl Fn(i64) -> i64 {
        let s = self.step;
        move |x| x + s * 100
    }

    fn items(&self) -> Vec<i64> {
        self.v.clone()
    }
}

fn double(x: i64) -> i64 {
    x * 2
}

fn main() {
    let c = Counter { step: 3, f: double, v: vec![4, 5, 6] };
    let a = c.f(1);
    let b = (c.f)(1);
    let d = c.adder()(1);
    let e = c.items()[2];
    let n = "42".parse::<i64>().unwrap() + c.v.len() as i64;
    let s: Vec<String> = c.v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let len = { c.items() }.len();
    if true { c.items() } else { vec![] }.push(7);
    println!("{} {} {} {} {} {:?} {}", a, b, d, e, n, s, len);
}
