fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = format!("item{}", i);
        refs.push(&s);
    }
    println!("{}", refs.len());
}
