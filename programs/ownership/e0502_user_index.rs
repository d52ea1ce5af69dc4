//@ check-fail
// Indexing the program's type borrows the whole container: `b[0]` calls Index::index(&b, 0), and a
// write through `b[1]` calls IndexMut::index_mut(&mut b, 1) while the first borrow is still used.
// Moving out of the result of an index is E0507.
use std::ops::{Index, IndexMut};
struct Bag { items: Vec<String> }
impl Index<usize> for Bag {
    type Output = String;
    fn index(&self, i: usize) -> &String { &self.items[i] }
}
impl IndexMut<usize> for Bag {
    fn index_mut(&mut self, i: usize) -> &mut String { &mut self.items[i] }
}
fn main() {
    let mut b = Bag { items: vec![String::from("a"), String::from("b")] };
    let first = &b[0];
    b[1].push('x'); //~ ERROR E0502
    println!("{}", first);
    let s = b[0]; //~ ERROR E0507
    let m = &mut b[0];
    let n = &b[1]; //~ ERROR E0502
    m.push('y');
    println!("{} {}", n, s);
}
