// A Vec cloned before anything fixes its element type: rustc takes Vec's Clone impl and checks the
// element's Clone later (rustle said E0599, no method `clone` for `Vec<_>`).
fn main() {
    let mut src = Vec::new();
    let before = src.clone();
    src.push(String::from("a"));
    let mut maybe = None;
    let copy = maybe.clone();
    maybe = Some(3);
    println!("{:?} {:?} {:?} {:?}", src, before, maybe, copy);
}
