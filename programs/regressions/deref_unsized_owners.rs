// `&*x` and `(*x).method()` of owners of unsized data borrow in place: a String or Vec gives (buffer,
// length) (it read the String's header as a fat pointer: garbage), a Box<dyn Tr> the fat pointer it
// holds (the box leaked, and a method call through `(*b)` called a bad address); size_of_val of each.
trait T { fn f(&self) -> u8; }
impl T for u16 { fn f(&self) -> u8 { *self as u8 } }
fn takes(s: &str) -> usize { s.len() }
fn sum(v: &[i32]) -> i32 { v.iter().sum() }
fn show(x: &dyn T) -> u8 { x.f() }
fn main() {
    let s = String::from("hello");
    let r: &str = &*s;
    println!("{} {} {}", r, takes(&*s), (*s).len());
    println!("{}", &(*s)[1..3]);
    println!("{}", s);
    let v = vec![1, 2, 3];
    let sl: &[i32] = &*v;
    println!("{:?} {} {}", sl, sum(&*v), (*v).len());
    let e: Box<dyn T> = Box::new(300u16);
    println!("{} {}", show(&*e), std::mem::size_of_val(&*e));
    let r2 = &*e;
    println!("{}", r2.f());
    let bs: Box<String> = Box::new("in box".to_string());
    println!("{}", takes(&**bs));
    let m = &mut String::from("mut");
    let mr: &str = &*m;
    println!("{}", mr);
    let s = String::from("b");
    match &*s { "a" => println!("A"), "b" => println!("B"), _ => println!("?") }
    let words = vec!["x".to_string(), "yy".to_string()];
    for w in &words { match &**w { "x" => println!("got x"), other => println!("other {}", other) } }
    let e: Box<dyn T> = Box::new(300u16);
    println!("{}", (*e).f());
    let v = vec![3, 1, 2];
    let mut w = v.clone();
    (*w).sort();
    println!("{:?} {:?}", w, (*v).iter().max());
    let t: &[i32] = &(*v)[..2];
    println!("{:?}", t);
    println!("{} {}", std::mem::size_of_val(&*s), std::mem::size_of_val(&v[1..]));
}
