//@ check-fail
// A generic `F: FnOnce` is moved by its call, and so is a `Box<dyn FnOnce>`.
fn twice<F: FnOnce() -> String>(f: F) -> String {
    let a = f();
    let b = f(); //~ ERROR E0382
    a + &b
}
fn main() {
    println!("{}", twice(|| String::new()));
    let s = String::from("x");
    let g: Box<dyn FnOnce() -> String> = Box::new(move || s + "y");
    println!("{}", g());
    println!("{}", g()); //~ ERROR E0382
}
