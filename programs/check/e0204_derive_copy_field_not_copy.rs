// `#[derive(Copy)]` needs every field to be Copy: rustc's E0204 at the type, each such field labelled.
// A type parameter gets a `T: Copy` bound, and a type that derives Copy is Copy.
#[derive(Clone, Copy, Debug)]
struct Pt<T> { x: T, y: T }
#[derive(Clone, Copy)]
struct Named { //~ ERROR E0204
    at: Pt<i32>,
    name: String,
    tags: Vec<u8>,
}
#[derive(Clone, Copy, Debug)]
enum Shape { //~ ERROR E0204
    Dot(Pt<f64>),
    Label(Option<String>),
}
fn main() {
    let p = Pt { x: 1, y: 2 };
    let q = p;
    println!("{} {}", p.x + q.y, Named { at: p, name: String::new(), tags: vec![] }.at.x);
    println!("{:?}", Shape::Label(None));
}
