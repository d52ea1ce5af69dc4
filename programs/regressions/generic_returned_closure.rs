// A closure returned from a generic function and called before that function's instance was
// compiled: its code must be compiled for the same type arguments, read back from its type
// (also a parameter such as B that only an `impl Fn(A) -> B` bound names).
use std::fmt::Debug;

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn describe<T: Debug + Clone>(label: &'static str, t: T) -> impl Fn(usize) -> String {
    move |n| format!("{}: {:?} x{}", label, vec![t.clone(); n], n)
}

fn main() {
    let h = compose(|x: i32| x as f64 / 2.0, |y: f64| format!("<{:.2}>", y));
    println!("{}", h(5));
    let twice = compose(|s: &str| s.len(), |n: usize| n * 2);
    println!("{}", twice("four"));
    let d = describe("pair", (1u8, 'z'));
    println!("{}", d(2));
    let e = describe("word", String::from("hi"));
    println!("{}", e(1));
}
