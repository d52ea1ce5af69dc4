// A program's trait with associated types: Self::Item and Self::Key in its methods' signatures, given by
// each impl (a generic one, Item = T; a concrete one), used through the trait's default and own methods.
trait Container {
    type Item;
    type Key;
    fn get(&self, k: Self::Key) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item>;
    fn size(&self) -> usize { 0 }
}
struct Stack<T> { items: Vec<T> }
impl<T> Container for Stack<T> {
    type Item = T;
    type Key = usize;
    fn get(&self, k: usize) -> Option<&T> { self.items.get(k) }
    fn first(&self) -> Option<&Self::Item> { self.items.first() }
}
struct Named { names: Vec<(String, u32)> }
impl Container for Named {
    type Item = u32;
    type Key = &'static str;
    fn get(&self, k: &'static str) -> Option<&u32> { self.names.iter().find(|(n, _)| n == k).map(|(_, v)| v) }
    fn first(&self) -> Option<&u32> { self.names.first().map(|p| &p.1) }
}
trait Shape { type Output; fn scale(&self, k: f64) -> Self::Output; }
#[derive(Debug)] struct Sq(f64);
impl Shape for Sq { type Output = Sq; fn scale(&self, k: f64) -> Sq { Sq(self.0 * k) } }
fn main() {
    let s = Stack { items: vec!["a".to_string(), "b".to_string()] };
    println!("{:?} {:?} {}", s.get(1), s.first(), s.size());
    let n = Named { names: vec![("x".to_string(), 5), ("y".to_string(), 7)] };
    println!("{:?} {:?} {}", n.get("y"), n.get("z"), n.size());
    let total: u32 = n.get("x").copied().unwrap_or(0) + *n.first().unwrap();
    println!("{} {:?}", total, Sq(2.0).scale(1.5));
}
