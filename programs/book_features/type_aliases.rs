// Type aliases, generic ones too, used before their declaration.
fn total(xs: &Pairs<i64>) -> Meters {
    let mut t = 0;
    for (a, b) in xs {
        t += a + b;
    }
    t as Meters
}
type Pairs<T> = Vec<(T, T)>;
type Meters = u32;
type Res<T> = Result<T, String>;
fn check(n: i32) -> Res<i32> {
    if n > 0 { Ok(n) } else { Err(String::from("not positive")) }
}
fn main() {
    let v: Pairs<i64> = vec![(1, 2), (3, 4)];
    println!("{}", total(&v));
    println!("{:?} {:?}", check(3), check(-1));
}
