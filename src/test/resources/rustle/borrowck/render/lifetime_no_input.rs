fn make() -> &str {
    "x"
}
fn main() {
    println!("{}", make());
}
