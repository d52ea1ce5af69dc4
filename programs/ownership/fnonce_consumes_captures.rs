// FnOnce closures that move their captures out: passed to a generic `F: FnOnce`, called from a local,
// boxed as `Box<dyn FnOnce>`; what a call does not take is dropped with the closure or the box.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn apply<F: FnOnce() -> String>(f: F) -> String { f() }
fn run_once<F>(f: F) -> usize where F: FnOnce(usize) -> usize { f(10) }
fn main() {
    let s = String::from("call");
    println!("{}", apply(move || s + "ed"));
    let a = Noisy("a");
    let b = Noisy("b");
    let n = run_once(move |k| { let x = a; println!("in {} {}", x.0, b.0); k + 1 });
    println!("n = {}", n);
    let t = String::from("tail");
    let u = String::from("kept");
    let g = move || { let w = t + "!"; w.len() + u.len() };
    println!("{}", g());
    let c = Noisy("c");
    let unused = move || { let y = c; y.0.len() };
    drop(unused);
    let d = Noisy("d");
    let borrow_only: Box<dyn FnOnce()> = Box::new(move || println!("sees {}", d.0));
    borrow_only();
    let e = Noisy("e");
    let takes: Box<dyn FnOnce()> = Box::new(move || { let x = e; println!("took {}", x.0); });
    takes();
    let f = Noisy("f");
    let never: Box<dyn FnOnce()> = Box::new(move || { let x = f; println!("took {}", x.0); });
    let mut tasks: Vec<Box<dyn FnOnce() -> String>> = Vec::new();
    for i in 0..3 {
        let s = format!("task{}", i);
        tasks.push(Box::new(move || s + "!"));
    }
    for task in tasks { println!("{}", task()); }
    fn plain() -> i32 { 7 }
    let p: Box<dyn FnOnce() -> i32> = Box::new(plain);
    println!("{}", p());
    let _ = &never;
    println!("end");
}
