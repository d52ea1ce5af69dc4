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
struct Bag;
impl Bag {
    fn bigger<T: PartialOrd>(&self, a: T, b: T) -> bool {
        a > b
    }
}
struct Wrap<T>(T);
impl<T: PartialOrd> Wrap<T> {
    fn gt(&self, o: &Wrap<T>) -> bool {
        self.0 > o.0
    }
}
fn main() {
    show(N(0)); //~ ERROR `N` doesn't implement `std::fmt::Display`
    dbg(&N(0)); //~ ERROR `N` doesn't implement `Debug`
    dup(N(0)); //~ ERROR the trait bound `N: Clone` is not satisfied
    println!("{}", big(N(1), N(2))); //~ ERROR can't compare `N` with `N`
    order(N(0)); //~ ERROR the trait bound `N: Ord` is not satisfied
    talk(N(0)); //~ ERROR the trait bound `N: Speak` is not satisfied
    copy(N(0)); //~ ERROR the trait bound `N: Copy` is not satisfied
    let _ = std::cmp::max(1.5, 2.5); //~ ERROR E0277
    println!("{}", Bag.bigger(N(1), N(2))); //~ ERROR can't compare `N` with `N`
    println!("{}", Wrap(N(1)).gt(&Wrap(N(2)))); //~ ERROR the method `gt` exists for struct `Wrap<N>`, but its trait bounds were not satisfied
    // These hold.
    println!("{} {}", Bag.bigger(1, 2), Wrap('a').gt(&Wrap('b')));
    println!("{} {} {}", show(5), big("a", "b"), std::cmp::min(String::from("x"), String::from("y")));
    order((1, 'c'));
    dup(vec![Some(3)]);
}
