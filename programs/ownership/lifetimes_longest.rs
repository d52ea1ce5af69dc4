//@ run-pass
// `'a` says that the result borrows from both arguments, so it is valid while both are. Each call picks
// the shorter of the two lifetimes; here `b` lives as long as the use of `result`.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

// A function that creates a value returns it by value: ownership goes to the caller.
fn make() -> String {
    String::from("made inside")
}

fn main() {
    let a = String::from("long string");
    let result;
    {
        let b = String::from("xyz");
        result = longest(a.as_str(), b.as_str());
        println!("longest: {}", result);
    }
    let owned = make();
    println!("{}", owned);
}
