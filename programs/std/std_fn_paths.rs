// std paths to functions and trait items: std::cmp::max/min (also imported), std::clone::Clone::clone,
// std::string::ToString::to_string, std::default::Default::default (they were named unsupported).
use std::cmp::{max, min};
use std::fmt::Display;
struct W(i32);
impl Display for W {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "W{}", self.0)
    }
}
impl std::ops::Add for W {
    type Output = W;
    fn add(self, o: W) -> W {
        W(self.0 + o.0)
    }
}
fn main() {
    let a = std::cmp::max(3, 9);
    let b = std::cmp::min(3, 9);
    let s = std::string::ToString::to_string(&W(2));
    let c = std::clone::Clone::clone(&String::from("c"));
    let o = std::cmp::Ordering::Less;
    let d = std::default::Default::default();
    let e: i32 = d;
    let w = W(1) + W(2);
    let mut x = 1;
    let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    let v: std::vec::Vec<i32> = std::vec::Vec::new();
    let h = std::collections::HashSet::<i32>::new();
    let z = i32::max(4, 5);
    let q = std::primitive::u8::MAX;
    println!("{} {} {} {} {:?} {} {} {} {} {} {} {} {}", a, b, s, c, o, e, w, x, y, v.len(), h.len(), z, q);
    main_cmp();
}


#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Ver {
    major: u32,
    tag: String,
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main_cmp() {
    let a = max(String::from("pear"), String::from("apple"));
    let b = min("x", "b");
    let v = max(Ver { major: 1, tag: String::from("a") }, Ver { major: 1, tag: String::from("b") });
    println!("{} {} {:?}", a, b, v);
    let big = std::cmp::max(-3i64, -7);
    let c = max('a', 'z');
    let t = min((1, 2), (1, 1));
    println!("{} {} {:?}", big, c, t);
    let mut best = 0;
    for x in [4, 9, 2] {
        best = max(best, x);
    }
    println!("{}", best);
    let _ = Loud("keep");
    println!("end");
}
