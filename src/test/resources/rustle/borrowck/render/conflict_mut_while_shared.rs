fn main() {
    let mut scores = vec![10, 20, 30];
    let top = &scores[0];
    scores.push(40);
    println!("{}", top);
}
