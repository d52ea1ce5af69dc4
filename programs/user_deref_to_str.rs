// A program's own type whose Deref Target is str or a slice: its deref returns a fat pointer, used by
// deref coercion (`&name` as &str), by method calls through it and by `&*x` (rustle crashed: it took
// every user deref to return a thin pointer).
use std::ops::Deref;

struct Name {
    full: String,
    first_len: usize,
}
impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.full[..self.first_len]
    }
}
struct Evens(Vec<i32>);
impl Deref for Evens {
    type Target = [i32];
    fn deref(&self) -> &[i32] {
        &self.0[..]
    }
}
fn shout(s: &str) -> String {
    s.to_uppercase()
}
fn main() {
    let n = Name { full: String::from("Ada Lovelace"), first_len: 3 };
    println!("{} {} {}", shout(&n), n.len(), n.starts_with('A'));
    let r: &str = &*n;
    println!("{}", r);
    let e = Evens(vec![2, 4, 6]);
    println!("{} {:?} {:?}", e.len(), e.first(), e.iter().sum::<i32>());
    let s: &[i32] = &e;
    println!("{:?}", s);
}
