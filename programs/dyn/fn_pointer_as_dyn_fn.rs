// A fn pointer is a closure trait object too: `Box<dyn Fn>` and `&dyn Fn` of a `fn(i32) -> i32`
// call the function the pointer holds (a fn item or a closure that captures nothing).
fn double(x: i32) -> i32 {
    x * 2
}

fn apply(f: &dyn Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn run_mut(f: &mut dyn FnMut(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let f: fn(i32) -> i32 = double;
    let b: Box<dyn Fn(i32) -> i32> = Box::new(f);
    println!("{}", b(5));
    println!("{}", apply(&f, 7));
    let table: Vec<fn(i32) -> i32> = vec![double, |x| x + 1, |x| -x];
    let boxed: Vec<Box<dyn Fn(i32) -> i32>> = table.iter().map(|g| Box::new(*g) as Box<dyn Fn(i32) -> i32>).collect();
    for g in &boxed {
        println!("{}", g(3));
    }
    let mut h: fn(i32) -> i32 = |x| x * x;
    println!("{}", run_mut(&mut h, 9));
    h = double;
    println!("{}", run_mut(&mut h, 9));
    let once: Box<dyn FnOnce(i32) -> i32> = Box::new(h);
    println!("{}", once(21));
}
