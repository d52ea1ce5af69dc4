use std::rc::Rc;
fn takes(s: &str) -> usize { s.len() }
fn sum(v: &[i32]) -> i32 { v.iter().sum() }
fn main() {
    let b: Box<String> = Box::new(String::from("hi"));
    let mut s = String::new();
    s.push_str(&b);
    let r: &str = &b;
    println!("{} {} {}", s, r, b.len());
    let rc = Rc::new(String::from("shared"));
    println!("{}", takes(&rc));
    let rr = &&String::from("twice");
    println!("{}", takes(rr));
    let bv = Box::new(vec![1, 2, 3]);
    println!("{}", sum(&bv));
    let rb = &Box::new(Box::new(String::from("deep")));
    println!("{}", takes(rb));
    let mut mb = Box::new(String::from("m"));
    let ms: &mut String = &mut mb;
    ms.push('!');
    println!("{}", mb);
}
