#[derive(Debug)]
struct User { name: String, email: String, active: bool, count: u64 }
fn call_twice<F: Fn()>(f: F) { f(); f(); }
fn hello() { println!("hello"); }
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn double(x: i32) -> i32 { x * 2 }
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{}", s);
    let bv = Box::new(vec![1, 2, 3]);
    let v = *bv;
    println!("{:?}", v);
    let user1 = User { name: String::from("n"), email: String::from("e"), active: true, count: 1 };
    let email = String::from("new@x");
    let user2 = User { email, ..user1 };
    println!("{:?}", user2);
    let user3 = User { name: String::from("m"), ..user2 };
    println!("{} {}", user3.name, user3.email);
    let mut pair = (1, String::from("last"));
    let (_, ref mut last) = pair;
    last.push_str("!");
    println!("{:?}", pair);
    call_twice(hello);
    println!("{}", apply(double, 21));
    let mut opt = Some(String::from("o"));
    if let Some(ref mut x) = opt { x.push('k'); }
    println!("{:?}", opt);
}
