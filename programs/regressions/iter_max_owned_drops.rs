//@ run-fail
// Iterator::max/min/last over owned items: the items not kept are dropped as the fold goes, the
// iterator (a Vec's buffer) when the call returns, and both while unwinding from a panicking cmp.
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq)]
struct N(String, i32);
impl Drop for N { fn drop(&mut self) { println!("drop {}", self.0); } }
impl Ord for N { fn cmp(&self, o: &Self) -> Ordering { if self.1 == 99 || o.1 == 99 { panic!("bad cmp"); } self.1.cmp(&o.1) } }
impl PartialOrd for N { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
fn mk(s: &str, n: i32) -> N { N(s.to_string(), n) }
fn main() {
    let v = vec![mk("a", 3), mk("b", 7), mk("c", 7), mk("d", 1)];
    let m = v.into_iter().max();
    println!("max {:?}", m.as_ref().map(|n| &n.0));
    let v2 = vec![mk("e", 3), mk("f", 1), mk("g", 1)];
    println!("min {:?}", v2.into_iter().min().map(|n| n.1));
    let v3 = vec![mk("h", 1), mk("i", 2)];
    println!("last {:?}", v3.into_iter().last().map(|n| n.1));
    let strs = vec!["x".to_string(), "yy".to_string()];
    println!("{:?}", strs.into_iter().max());
    let v4 = vec![mk("j", 1), mk("k", 99), mk("l", 2)];
    let r = v4.into_iter().max();
    println!("unreachable {:?}", r.is_some());
}
