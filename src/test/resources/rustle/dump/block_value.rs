fn show(n: i32) {
    println!("{}", n);
}

fn main() {
    let unit = { show(1); };
    let v = if unit == () { show(2); } else { show(3); };
    println!("{:?}", v);
}
