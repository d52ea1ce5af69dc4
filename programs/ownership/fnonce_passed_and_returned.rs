// FnOnce closures passed on, returned (impl FnOnce, Box<dyn FnOnce>), taken out of an Option or a struct,
// and one whose body moves a capture through a method taking self by value (v.into_iter()).
fn apply<F: FnOnce() -> String>(f: F) -> String { f() }
fn relay<F: FnOnce() -> String>(f: F) -> String { apply(f) }
fn make(s: String) -> impl FnOnce() -> String { move || s + "!" }
fn boxed(s: String) -> Box<dyn FnOnce() -> String> { Box::new(move || s + "?") }
struct Task { name: String, run: Box<dyn FnOnce(u32) -> u32> }
fn main() {
    let a = String::from("a");
    println!("{}", relay(move || a + "b"));
    let g = make(String::from("made"));
    println!("{}", g());
    let h = boxed(String::from("boxed"));
    println!("{}", h());
    let mut slot: Option<Box<dyn FnOnce() -> String>> = Some(boxed(String::from("opt")));
    if let Some(f) = slot.take() { println!("{}", f()); }
    println!("{}", slot.is_none());
    let t = Task { name: "t".to_string(), run: Box::new(|x| x * 2) };
    let Task { name, run } = t;
    println!("{} {}", name, run(21));
    let v = vec![1, 2, 3];
    let total = apply(move || format!("{:?}", v.into_iter().sum::<i32>()));
    println!("{}", total);
}
