fn main() {
    let mut v = vec![1];
    let r = &mut v; let q = &mut v; r.push(1);
}
