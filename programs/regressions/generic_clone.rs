// `.clone()` on a generic T: Clone, through a reference or not, clones the T (std's or derived Clone).
#[derive(Clone, Debug)]
struct P {
    a: i32,
    name: String,
}
fn dup<T: Clone>(x: &T) -> T {
    (*x).clone()
}
fn dup_ref<T: Clone>(x: &T) -> T {
    x.clone()
}
fn main() {
    println!("{} {}", dup(&5), dup(&String::from("a")));
    println!("{} {:?}", dup_ref(&7u8), dup_ref(&vec![1, 2]));
    let p = P { a: 1, name: String::from("p") };
    println!("{:?}", dup_ref(&p));
}
