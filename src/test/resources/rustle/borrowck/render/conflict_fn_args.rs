fn g(a: &mut Vec<i32>, b: usize) {}
fn main() {
    let mut v = vec![1, 2];
    g(&mut v, v.len());
}
