fn main() {
    let data = vec![String::from("a"), String::from("b")];
    let first = data[0];
    let mut strs = Vec::new();
    for s in &data { strs.push(*s); }
}
