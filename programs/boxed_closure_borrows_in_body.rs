// Inside a body a `Box<dyn Fn>`'s lifetime is inferred: it may borrow locals that outlive it.
fn main() {
    let n = 5;
    let s = String::from("abc");
    let f: Box<dyn Fn() -> i32> = Box::new(|| n + 1);
    let mut v: Vec<Box<dyn Fn() -> usize>> = Vec::new();
    v.push(Box::new(|| s.len()));
    v.push(Box::new(move || n as usize));
    println!("{} {} {}", f(), v[0](), (v[1])());
    let total: usize = v.iter().map(|g| g()).sum();
    println!("{}", total);
}
