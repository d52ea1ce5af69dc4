// Exhaustive matches rustc accepts (tuples, ranges to MAX, struct and nested patterns) and an or-pattern
// whose alternatives bind the same variable: the body must see the value of the alternative that matched.
#[derive(Debug, Clone, Copy)]
enum Dir { N, S }
struct P { x: i32, y: bool }
fn main() {
    for i in 1..16u32 {
        let s = match (i % 3, i % 5) {
            (0, 0) => "FizzBuzz".to_string(),
            (0, _) => "Fizz".to_string(),
            (_, 0) => "Buzz".to_string(),
            _ => i.to_string(),
        };
        print!("{} ", s);
    }
    println!();
    let w = "b";
    match w { "a" => println!("a"), _ => println!("other") }
    let n: usize = 3;
    match n { 0 => println!("zero"), 1.. => println!("some") }
    let m: u64 = 7;
    match m { 0..=u64::MAX => println!("all") }
    let d = (Dir::N, Dir::S);
    match d { (Dir::N, _) => println!("n"), (Dir::S, Dir::N) => println!("sn"), (Dir::S, Dir::S) => println!("ss") }
    let p = P { x: 1, y: true };
    match p { P { y: true, .. } => println!("t"), P { x, y: false } => println!("{}", x) }
    let r: Result<u8, u8> = Ok(1);
    match r { Ok(v) | Err(v) => println!("{}", v) }
    let o: Option<&Dir> = None;
    match o { Some(&Dir::N) => {}, Some(Dir::S) => {}, None => println!("none") }
    let b = Box::new(5);
    match *b { 0 => {}, _ => println!("box") }
    let t = (1, 2);
    let (a, _) = t;
    let P { x, .. } = P { x: 9, y: false };
    println!("{} {}", a, x);
    let arr = [1, 2];
    match arr.len() { 0 => {}, _ => println!("len") }
}
