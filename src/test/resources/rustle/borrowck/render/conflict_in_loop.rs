fn main() {
    let mut m = 1;
    let mut refs = Vec::new();
    for _ in 0..2 {
        refs.push(&mut m);
    }
}
