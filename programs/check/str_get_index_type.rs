// str::get takes a range of usize (std's SliceIndex<str>), not an index (E0277 in rustc).
fn main() {
    let s = "héllo";
    println!("{:?}", s.get(0)); //~ ERROR E0277
    println!("{:?}", s.get(0..2));
}
