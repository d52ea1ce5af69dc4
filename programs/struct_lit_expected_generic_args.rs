// A generic struct literal takes its arguments from the expected type before its fields are
// checked, so `.into()` inside a field knows its target.
struct Stack<T> { items: Vec<T>, top: Option<T> }
enum Tagged<T> { Named { name: T } }
fn main() {
    let s: Stack<String> = Stack { items: vec!["a".into(), "b".into()], top: Some("c".into()) };
    let Tagged::Named { name } = Tagged::<String>::Named { name: "n".into() };
    let t: Tagged<String> = Tagged::Named { name: "m".into() };
    let Tagged::Named { name: m } = t;
    println!("{:?} {:?} {} {}", s.items, s.top, name, m);
}
