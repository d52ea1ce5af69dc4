//@ check-fail
// A type that contains itself without a Box (or another pointer) would be infinitely large.
enum List { //~ ERROR recursive type `List` has infinite size
    Cons(i32, List),
    Nil,
}

struct Node { //~ ERROR E0072
    value: i32,
    next: Option<Node>,
}

fn main() {}
