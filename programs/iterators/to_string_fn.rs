// ToString::to_string named as a function (passed to map) and as a bound, on Display types.
fn show<T: ToString>(x: T) -> String { x.to_string() }
fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<String> = v.iter().map(ToString::to_string).collect();
    println!("{:?} {} {}", s, show(4.5), 7.to_string());
}
