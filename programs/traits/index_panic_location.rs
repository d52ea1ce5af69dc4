//@ run-fail
// A Vec index out of bounds inside the program's Index::index is reported where the program indexed its
// type: std's Index::index is #[track_caller], and so is Vec's, so the location passes through both.
use std::ops::Index;
struct G(Vec<i32>);
impl Index<usize> for G {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        if i > 10 { panic!("too big {}", i); }
        &self.0[i]
    }
}
fn main() {
    let g = G(vec![1, 2]);
    println!("{}", g[1]);
    println!("{}", g[5]);
}
