// Option and Result combinators taking closures and fn items, written in Rust in the prelude.
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}
fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x * 10), b.map(|x| x * 10));
    println!("{:?}", a.and_then(half).and_then(half));
    println!("{:?} {:?}", a.filter(|x| *x > 5), a.filter(|x| *x > 50));
    let s: Option<String> = None;
    println!("[{}]", s.unwrap_or_default());
    let name = Some(String::from("zed"));
    let len = name.as_ref().map(|n| n.len()).unwrap_or(0);
    println!("{} {:?}", len, name);
    let k = 7;
    println!("{}", b.unwrap_or_else(|| k * 2));
    let r: Result<i32, String> = Err(String::from("bad"));
    println!("{:?}", r.clone().map_err(|e| e.len()));
    println!("{}", r.unwrap_or_default());
    let mut c: Option<String> = None;
    c.get_or_insert_with(|| String::from("x")).push('y');
    println!("{:?} {:?}", c, b.ok_or("none"));
    println!("{}", Some(3).is_some_and(|x| x > 2));
}
