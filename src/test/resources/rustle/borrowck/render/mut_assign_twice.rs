fn main() {
    let limit = 10;
    println!("{}", limit);
    limit = 20;
    println!("{}", limit);
}
