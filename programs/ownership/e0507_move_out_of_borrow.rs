//@ check-fail
// A reference lends a value; it does not give it away. Through `r: &Person`, `r.name` names the
// String inside `p`, and `let s = r.name;` would move it out, leaving `p` with a hole: E0507.
// Borrow it (`&r.name`) or clone it.
struct Person {
    name: String,
}

fn main() {
    let p = Person { name: String::from("ada") };
    let r = &p;
    let s = r.name; //~ ERROR E0507
    println!("{} {}", s, p.name);
}
