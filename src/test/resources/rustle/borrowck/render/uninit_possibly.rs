fn main() {
    let n = 7;
    let label: &str;
    if n > 5 {
        label = "big";
    }
    println!("{}", label);
}
