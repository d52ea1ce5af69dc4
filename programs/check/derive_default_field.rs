// #[derive(Default)] needs every field's type to be Default: a field of a type without one is E0277
// at the field (rustle stopped with an internal error when the default was built).
struct NoDefault(i32);
#[derive(Default)]
struct Holder {
    n: u8,
    x: NoDefault, //~ ERROR E0277
}
fn main() {
    let h = Holder::default();
    println!("{} {}", h.n, h.x.0);
}
