fn main() {
    let mut v = Vec::with_capacity(2);
    v.extend([1, 2].iter());
    v.resize(5, 0);
    println!("{:?}", v);
    let a = [1.5f64, 2.5];
    let mut w = Vec::new();
    w.extend(a.iter());
    w.push(4.0);
    println!("{:?}", w);
    let names = [String::from("x")];
    let mut r = Vec::new();
    r.extend(names.iter());
    println!("{:?}", r);
    let mut refs = Vec::new();
    refs.extend(a.iter());
    let keep: Vec<&f64> = refs;
    println!("{:?}", keep);
}
