// A `sum` or `product` whose result type a later use fixes (an annotated let, an argument, a return, an
// `if` with a literal, an assignment to an integer) is accepted, as rustc does, even when an operator
// was applied to it before.
fn total(v: &[i32]) -> i32 {
    let s = v.iter().sum();
    s
}

fn show(x: i64) {
    println!("show {}", x);
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(&v));
    let w: Vec<i64> = vec![4, 5];
    let t = w.iter().sum();
    show(t);
    let p = w.iter().product();
    let q: Vec<i64> = vec![p];
    println!("{:?}", q);

    let s = v.iter().sum();
    let big = s > 3;
    let doubled = s * 2;
    let fixed: i32 = s;
    println!("{} {} {}", big, doubled, fixed);

    let r = v.iter().map(|x| x * 2).sum();
    let n: u8 = 3;
    let chosen = if n > 2 { r } else { 0 };
    println!("{}", chosen);

    let mut acc = 0;
    acc = v.iter().product();
    println!("{}", acc);
}
