fn main() {
    let v: Vec<i32> = vec![1, 2, 3];
    let n = v[0..2].len();
    println!("{}", n);
}
