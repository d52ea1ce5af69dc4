fn main() {
    let x: u8 = 16;
    println!("{}", x.pow(1));
    println!("{}", x.pow(2));
}
