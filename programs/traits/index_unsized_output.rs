// An Index impl whose Output is unsized (a matrix's row as `[f64]`): `m[r][c]`, `&m[r]`, methods on `m[r]`.
use std::ops::{Index, IndexMut};
struct Matrix { w: usize, data: Vec<f64> }
impl Index<usize> for Matrix {
    type Output = [f64];
    fn index(&self, r: usize) -> &[f64] { &self.data[r * self.w..(r + 1) * self.w] }
}
impl IndexMut<usize> for Matrix {
    fn index_mut(&mut self, r: usize) -> &mut [f64] { &mut self.data[r * self.w..(r + 1) * self.w] }
}
fn main() {
    let mut m = Matrix { w: 2, data: vec![0.0; 4] };
    m[1][0] = 3.5;
    m[0][1] += 1.0;
    println!("{:?} {} {}", &m[1], m[1][0], m[0].len());
    let row = &m[0];
    println!("{:?}", row);
    for x in m[1].iter_mut() { *x *= 2.0; }
    println!("{:?}", m.data);
    println!("{:?} {}", &m[1], m[0].iter().sum::<f64>());
    let total: f64 = (0..2).map(|r| m[r][1]).sum();
    println!("{}", total);
}
