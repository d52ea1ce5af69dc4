fn store(s: String) -> usize {
    s.len()
}
fn main() {
    let record = String::from("row");
    let mut total = 0;
    for _ in 0..3 {
        total += store(record);
    }
    println!("{}", total);
}
