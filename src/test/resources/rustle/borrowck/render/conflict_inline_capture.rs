fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let first = &v[0];
    v.push(6);
    println!("The first element is: {first}");
    let s = String::from("x");
    let t = s;
    println!("{s} {t}");
}
