// The result of `sum` and `product` with no annotation, turbofish or use that fixes it is E0283, as in
// rustc: an operator applied to it (`s > 3`, `s / 2`) fixes nothing, since its output is a projection.
fn let_bound(v: &[i32]) {
    let s = v.iter().sum(); //~ ERROR E0283
    println!("{}", s);
}

fn product_bound(v: &[u8]) {
    let p = v.iter().product(); //~ ERROR E0283
    println!("{}", p);
}

fn in_expression(v: &[f64]) -> f64 {
    let avg = v.iter().sum() / v.len() as f64; //~ ERROR E0283
    avg
}

fn compared(v: &[i64]) {
    let s = v.iter().sum(); //~ ERROR E0283
    if s > 3 {
        println!("big");
    }
}

fn halved(v: &[i32]) -> i32 {
    let s = v.iter().sum(); //~ ERROR E0283
    let h = s / 2;
    h
}

fn method_on_it(v: &[i32]) {
    let s = v.iter().sum(); //~ ERROR E0282
    println!("{}", s.abs());
}

fn main() {
    let v = vec![1, 2, 3];
    let_bound(&v);
    product_bound(&[1, 2]);
    println!("{}", in_expression(&[1.0, 2.0]));
    compared(&[4]);
    println!("{}", halved(&v));
    method_on_it(&v);
}
