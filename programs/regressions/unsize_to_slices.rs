// Unsizing an array to a slice where rustc does: a boxed array as `Box<[T]>` (rustle said E0308, the
// expected `Box<[u8]>` taken as the argument's type), and an array reference cast `as &[_]` (rustle
// said E0606). The boxed slice is freed with its elements.
fn total(b: Box<[u32]>) -> u32 {
    b.iter().sum()
}
fn main() {
    let b: Box<[u8]> = Box::new([0, 1, 2]);
    println!("{:?} {}", b, b.len());
    let mut names: Box<[String]> = Box::new([String::from("a"), String::from("b")]);
    names[1].push('!');
    println!("{:?}", names);
    println!("{}", total(Box::new([4, 5, 6])));
    let v = [1, 2, 3, 4];
    if let [head, tail @ ..] = &v {
        let t = tail as &[_];
        println!("{} {:?} {}", head, t, t.len());
    }
    let mut w = [5u8, 6];
    let s = &mut w as &mut [u8];
    s[0] = 9;
    println!("{:?}", &w as &[u8]);
}
