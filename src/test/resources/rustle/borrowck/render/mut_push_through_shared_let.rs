fn main() {
    let mut v = vec![1];
    let r = &v;
    r.push(2);
}
