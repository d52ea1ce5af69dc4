fn main() {
    let mut v = vec![1];
    let a = &mut v;
    let b = 1;
    let c = 2;
    let d = 3;
    let e = 4;
    let f = 5;
    let g = &mut v;
    a.push(1);
}
