// A write through the program's smart pointer (`*w = v`, `*w += 1`, `&mut *w`, a `&mut self` method
// reached by auto-deref) calls its DerefMut::deref_mut, a read its Deref::deref, as rustc does; writes
// used to call deref.
use std::ops::{Deref, DerefMut};
struct W { v: Vec<i32> }
impl Deref for W { type Target = Vec<i32>; fn deref(&self) -> &Vec<i32> { println!("deref"); &self.v } }
impl DerefMut for W { fn deref_mut(&mut self) -> &mut Vec<i32> { println!("deref_mut"); &mut self.v } }
fn main() {
    let mut w = W { v: vec![1] };
    let r = &mut *w;
    r.push(2);
    (*w).push(3);
    w.push(4);
    println!("{}", w.len());
    *w = vec![9];
    println!("{:?}", *w);
    more();
}

struct Counted { n: i32, writes: u32 }
impl Deref for Counted { type Target = i32; fn deref(&self) -> &i32 { &self.n } }
impl DerefMut for Counted {
    fn deref_mut(&mut self) -> &mut i32 {
        self.writes += 1;
        &mut self.n
    }
}

fn more() {
    let mut c = Counted { n: 1, writes: 0 };
    *c = 5;
    *c += 1;
    println!("{} after {} writes", *c, c.writes);
}
