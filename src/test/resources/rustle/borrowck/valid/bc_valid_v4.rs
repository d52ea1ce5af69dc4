fn f(a: &Vec<i32>, b: i32) {}
fn main() {
    let mut v = vec![1, 2];
    let x = &v[0];
    v.push(*x);
    let y = &v;
    f(y, v[0]);
    let mut s = String::from("ab");
    let n = &s;
    let l = n.len();
    s.push_str("c");
    println!("{}", l);
}
