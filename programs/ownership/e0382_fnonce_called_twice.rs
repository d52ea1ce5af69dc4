//@ check-fail
// Calling a closure that moves a captured value out consumes the closure: a second call uses a moved
// value.
fn main() {
    let text = String::from("once");
    let take = move || text;
    let first = take();
    let second = take(); //~ ERROR E0382
    println!("{} {}", first, second);
}
