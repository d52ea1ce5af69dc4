// Iterator::by_ref and adapters over `&mut it`: the adapter advances the original iterator in place,
// which goes on from where it stopped; the owner keeps (and drops) what was not taken.
fn main() {
    let words = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d"), String::from("e")];
    let mut it = words.into_iter();
    let first: Vec<String> = it.by_ref().take(2).collect();
    println!("{:?}", first);
    for w in it.by_ref() { if w == "c" { break; } }
    println!("{:?}", it.next());
    let mut nums = 1..=10;
    let s: i32 = nums.by_ref().take_while(|&x| x < 4).sum();
    println!("{} {:?}", s, nums.next());
    let evens: Vec<i32> = (&mut nums).filter(|x| x % 2 == 0).map(|x| x * 10).take(2).collect();
    println!("{:?} {:?}", evens, nums.next());
    let text = "hello world";
    let mut cs = text.chars();
    let head: String = cs.by_ref().take(5).collect();
    let rest: String = cs.collect();
    println!("[{}] [{}]", head, rest);
    let v = [5, 6, 7, 8];
    let mut p = v.iter().peekable();
    let n = p.by_ref().take(1).count();
    println!("{} {:?}", n, p.peek());
    let mut e = v.iter().enumerate();
    for (i, x) in e.by_ref().skip(1).take(1) { println!("{} {}", i, x); }
    println!("{:?}", e.next());
    let mut r = v.iter();
    println!("{:?} {:?}", r.by_ref().rev().next(), r.by_ref().max());
    let mut z = v.iter();
    let pairs: Vec<(&i32, &i32)> = z.by_ref().zip(v.iter().skip(1)).take(2).collect();
    println!("{:?} {:?}", pairs, z.count());
}
