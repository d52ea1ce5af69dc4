fn main() {
    let mut x = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    refs.push(&mut x);
    x += 1;
    refs.len();
}
