// A prelude variant with its enum's arguments as a turbofish takes them (it was an internal error
// for `Ok::<i32, ()>(1)` and E0282 for `None::<i32>`).
fn main() {
    println!("{:?}", Ok::<i32, ()>(1));
    let r = Err::<u8, String>("bad".to_string());
    println!("{:?}", r);
    let n = None::<i32>;
    println!("{:?} {}", n, n.is_none());
    println!("{:?}", Some::<f64>(2.0));
}
