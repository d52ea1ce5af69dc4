//@ run-fail
struct Guard(&'static str);
impl Drop for Guard { fn drop(&mut self) { println!("cleanup {}", self.0); } }
fn inner(v: &Vec<i32>) -> i32 {
    let _g = Guard("inner");
    let s = String::from("heap in inner");
    let idx = v.len() + 2;
    println!("about to index {}", s.len());
    v[idx]
}
fn middle() -> i32 {
    let _g = Guard("middle");
    let v = vec![1, 2, 3];
    let b = Box::new(5);
    let r = inner(&v) + *b;
    r
}
fn main() {
    let _g = Guard("main");
    let names = vec![String::from("a"), String::from("b")];
    println!("start {}", names.len());
    let r = middle();
    println!("never {}", r);
}
