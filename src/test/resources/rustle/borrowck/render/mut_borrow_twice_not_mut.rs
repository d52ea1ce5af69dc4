fn f(v: &mut Vec<i32>) {}
fn main() {
    let v = vec![1];
    f(&mut v);
    v[0] = 3;
}
