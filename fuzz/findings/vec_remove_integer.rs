fn main() {
    let mut v: Vec<i64> = vec![1, 2, 3];
    let r = v.remove(0);
    println!("{} {:?}", r, v);
}
