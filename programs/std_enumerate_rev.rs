// enumerate().rev(): std counts the index back from the inner iterator's exact length.
fn main() {
    let v = vec![10, 20, 30];
    for (i, x) in v.iter().enumerate().rev() {
        println!("{} {}", i, x);
    }
    let w: Vec<(usize, char)> = vec!['a', 'b', 'c', 'd'].into_iter().enumerate().rev().collect();
    println!("{:?}", w);
    let mut it = (5..9).enumerate();
    it.next();
    let back: Vec<(usize, i32)> = it.rev().collect();
    println!("{:?}", back);
    let arr = [1.5, 2.5];
    for (i, x) in arr.iter().map(|x| x * 2.0).enumerate().rev() {
        println!("{} {}", i, x);
    }
    let mut s = vec![String::from("a"), String::from("b")];
    for (i, t) in s.iter_mut().enumerate().rev() {
        t.push_str(&i.to_string());
    }
    println!("{:?}", s);
    let e: Vec<i32> = Vec::new();
    println!("{}", e.iter().enumerate().rev().count());
    for (i, x) in [7u8, 8, 9].into_iter().rev().enumerate().rev() {
        println!("{} {}", i, x);
    }
}
