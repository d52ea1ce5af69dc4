//@ check-fail
// Destructuring an array by value moves the bound elements out; the array is then partially moved.
fn main() {
    let names = [String::from("a"), String::from("b")];
    let [first, _] = names;
    println!("{}", first);
    println!("{:?}", names); //~ ERROR E0382
}
