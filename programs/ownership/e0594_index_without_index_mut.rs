//@ check-fail
// Without an IndexMut impl, an indexed place of the program's type cannot be written or borrowed mutably.
use std::ops::Index;
struct Ro { v: Vec<i32> }
impl Index<usize> for Ro {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 { &self.v[i] }
}
fn main() {
    let r = Ro { v: vec![1, 2] };
    r[0] = 5; //~ ERROR E0594
    r[1] += 1; //~ ERROR E0594
    let p = &mut r[0]; //~ ERROR E0596
    *p = 3;
}
