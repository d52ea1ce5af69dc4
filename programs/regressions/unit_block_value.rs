fn main() {
    let x = 5;
    let y = { let a = x * x; a + x };
    let z = { 2 * x; };
    println!("y is {}", y);
    println!("z is {:?}", z);
    let s = { let t = String::from("hi"); t.len(); };
    println!("{:?} {}", s, y);
    let v = { let q = (1, 2); q.0 + q.1 };
    let w = { (v, v); };
    println!("{} {:?}", v, w);
    let mut k = 0;
    for i in 0..3 { let u = { i * 2; }; k += i; let _ = u; }
    println!("{} {}", k, y);
}
