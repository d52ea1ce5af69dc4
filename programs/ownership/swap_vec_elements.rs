// Two `&mut` into one Vec at once is E0499, once (rustle also reported E0597 and E0502 that followed
// from taking the first borrow of v for something stored into the element).
fn main() {
    let mut v = vec!["a", "b"];
    std::mem::swap(&mut v[0], &mut v[1]); //~ ERROR E0499
    println!("{:?}", v);
}
