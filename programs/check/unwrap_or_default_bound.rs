// Option::unwrap_or_default needs T: Default: E0277 at the method (rustle stopped with an internal
// error when it built the default).
struct NoDefault(u8);
fn main() {
    let o: Option<NoDefault> = None;
    let v = o.unwrap_or_default(); //~ ERROR E0277
    println!("{}", v.0);
}
