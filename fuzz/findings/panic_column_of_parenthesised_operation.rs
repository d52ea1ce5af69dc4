fn half_sum(a: u8) -> u8 {
    (a + a) / 2
}
fn main() {
    println!("{}", half_sum(100));
    println!("{}", half_sum(200));
}
