// More of by_ref (take_while over lines, for_each, position, find, nth and last through &mut, a break out
// of an enumerate over by_ref), and into_iter of a value that is already an iterator (itself).
fn main() {
    let text = "a\nb\n\nc\nd";
    let mut lines = text.lines();
    let header: Vec<&str> = lines.by_ref().take_while(|l| !l.is_empty()).collect();
    let body: Vec<&str> = lines.collect();
    println!("{:?} {:?}", header, body);
    let mut it = (1..=10).into_iter();
    it.by_ref().take(2).for_each(|x| print!("{} ", x));
    println!();
    println!("{:?}", it.by_ref().position(|x| x == 5));
    println!("{:?}", it.by_ref().find(|x| x % 4 == 0));
    println!("{:?} {:?}", (&mut it).nth(0), it.by_ref().last());
    let mut cs = "hello".chars();
    for (i, c) in cs.by_ref().enumerate() { if c == 'l' { println!("l at {}", i); break; } }
    println!("{}", cs.count());
    into_iters();
}
fn into_iters() {
    let v = vec![1, 2, 3];
    let a: Vec<i32> = (0..3).into_iter().map(|x| x * 2).collect();
    let b: i32 = v.iter().into_iter().sum();
    let c: Vec<i32> = v.clone().into_iter().into_iter().rev().collect();
    let r = 1..=4;
    let d: Vec<i32> = r.into_iter().collect();
    println!("{:?} {} {:?} {:?}", a, b, c, d);
    let s = "a b".split(' ').into_iter().count();
    println!("{}", s);
}
