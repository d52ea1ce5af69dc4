fn main() {
    let mut a = [1, 2, 3];
    let p = &mut a[0];
    let q = &mut a[1];
    *p = 1;
    *q = 2;
    let mut v = vec![1, 2];
    let x = &mut v[0];
    let y = &mut v[1];
    *x = 1;
    *y = 2;
}
