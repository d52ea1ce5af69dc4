fn main() {
    let x: u64 = u64::MAX - 1;
    println!("{}", x % 5);
    println!("{}", x.rem_euclid(5));
    let y: usize = usize::MAX - 1;
    println!("{}", y.rem_euclid(5));
}
