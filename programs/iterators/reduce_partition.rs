#[derive(Debug)]
struct Tok(String);
impl Drop for Tok {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let (ev, od): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| x % 2 == 0);
    println!("{:?} {:?} {} {}", ev, od, ev.capacity(), od.capacity());
    let words = vec!["apple", "bob", "kayak", "rust"];
    let (pal, other): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.chars().rev().collect::<String>() == **w);
    println!("{:?} {:?}", pal, other);
    let r = (1..=5).reduce(|a, b| a * b);
    println!("{:?}", r);
    let none: Option<i32> = (0..0).reduce(|a, b| a + b);
    println!("{:?}", none);
    let longest = words.iter().copied().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);
    let toks = vec![Tok("a".into()), Tok("bb".into()), Tok("c".into())];
    let joined = toks.into_iter().reduce(|a, b| Tok(format!("{}{}", a.0, b.0)));
    println!("{:?}", joined);
    let (big, small): (Vec<Tok>, Vec<Tok>) = vec![Tok("xx".into()), Tok("y".into())].into_iter().partition(|t| t.0.len() > 1);
    println!("{} {}", big.len(), small.len());
}
