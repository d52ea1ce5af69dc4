// The element type is decided after the cast (by `w`'s annotation); the cast is still checked.
fn main() {
    let a = [1u8, 2];
    let mut v = Vec::new();
    v.extend(a.iter());
    let x = v[0] as u32; //~ ERROR E0606
    let w: Vec<&u8> = v;
    println!("{} {:?}", x, w);
}
