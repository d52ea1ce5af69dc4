//@ check-fail
// A generic function's bounds are checked at each call (rustc's "required by a bound"): `big(N(1), N(2))`
// printed `false` for a type with no PartialOrd, and `show(N)` was an internal error.
use std::fmt::{Debug, Display};
struct N(i32);
trait Speak {
    fn hi(&self) -> i32;
}
fn show<T: Display>(t: T) -> String {
    format!("{}", t)
}
fn dbg<T: Debug>(t: &T) {}
fn dup<T: Clone>(t: T) {}
fn big<T: PartialOrd>(a: T, b: T) -> bool {
    a > b
}
fn order<T: Ord>(x: T) {}
fn talk<T: Speak>(x: T) {}
fn copy<T: Copy>(x: T) {}
fn main() {
    show(N(0)); //~ ERROR `N` doesn't implement `std::fmt::Display`
    dbg(&N(0)); //~ ERROR `N` doesn't implement `Debug`
    dup(N(0)); //~ ERROR the trait bound `N: Clone` is not satisfied
    println!("{}", big(N(1), N(2))); //~ ERROR can't compare `N` with `N`
    order(N(0)); //~ ERROR the trait bound `N: Ord` is not satisfied
    talk(N(0)); //~ ERROR the trait bound `N: Speak` is not satisfied
    copy(N(0)); //~ ERROR the trait bound `N: Copy` is not satisfied
    let _ = std::cmp::max(1.5, 2.5); //~ ERROR E0277
    // These hold.
    println!("{} {} {}", show(5), big("a", "b"), std::cmp::min(String::from("x"), String::from("y")));
    order((1, 'c'));
    dup(vec![Some(3)]);
}
