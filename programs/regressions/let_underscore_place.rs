struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let s = String::from("hello");
    let _ = s;
    println!("{}", s);
    let d = D("a");
    let _ = d;
    println!("after let _ = d");
    let _ = D("temp");
    println!("after temp");
    let v = vec![1, 2, 3];
    let _ = v;
    println!("{:?}", v);
    let b = Box::new(5);
    let _ = b;
    println!("{}", b);
    let pair = (String::from("x"), 1);
    let _ = pair.0;
    println!("{}", pair.0);
    let _x = D("bound");
    println!("end");
}
