// Methods called on an unsized slice place (`v[0..2].len()`, `s[1..3].len()`), auto-referenced, and
// indexing into one (`v[2..][0]`): these ended in internal errors in the place compiler.
fn main() {
    let v: Vec<i32> = vec![1, 2, 3, 4];
    let n = v[0..2].len();
    println!("{}", n);
    println!("{}", v[1..].is_empty());
    println!("{:?}", v[1..3].first());
    let mut total = 0;
    for x in v[..3].iter() { total += x; }
    println!("{}", total);
    println!("{}", v[2..][0]);
    let a = [10, 20, 30];
    println!("{} {:?}", a[1..].len(), a[..2].last());
    let s = String::from("hello");
    println!("{}", s[1..3].len());
    println!("{}", s[1..].to_uppercase());
    println!("{}", s[..4].contains("ll"));
    let mut c = 0;
    for ch in s[2..].chars() { if ch == 'l' { c += 1; } }
    println!("{}", c);
    let t: &str = "world";
    println!("{} {}", t[1..3].len(), t[..1].starts_with("w"));
    let mut m = vec![5, 4, 3, 2, 1];
    m[1..4].reverse();
    m[..2].swap(0, 1);
    println!("{:?}", m);
    let r = &v;
    println!("{}", r[1..3].len());
}
