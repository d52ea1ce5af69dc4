fn main() {
    let mut a = [1, 2, 3];
    let r = &mut a;
    let b = a[0];
    r[0] = 2;
}
