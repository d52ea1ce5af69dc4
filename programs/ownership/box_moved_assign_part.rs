// Assigning to a field of a Box that was moved away is E0382, the box's content being gone.
struct P {
    a: String,
}
fn main() {
    let mut b = Box::new(P { a: String::from("x") });
    let c = b;
    b.a = String::from("y"); //~ ERROR E0382
    println!("{}", c.a);
}
