fn main() {
    let x;
    for i in 0..3 {
        x = i;
    }
    println!("{}", x);
}
