fn pick<T: Copy + std::fmt::Debug + PartialOrd>(a: T, b: T) -> T {
    let f = |x: T, y: T| if x > y { x } else { y };
    f(a, b)
}
fn apply<T: std::fmt::Debug>(v: T) -> String { let g = |x: &T| format!("{:?}", x); g(&v) }
fn main() {
    println!("{}", pick(1u8, 2u8));
    println!("{}", pick(70000u64, 123456789u64));
    println!("{}", pick(-5i16, -7i16));
    println!("{}", pick(1.5f64, 0.5f64));
    println!("{}", apply(3u8));
    println!("{}", apply(String::from("s")));
    println!("{}", apply((1u64, 2i8)));
}
