//@ check-fail
// Comparing or adding values of a type parameter needs a bound that provides the operator.
fn largest<T>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest { //~ ERROR binary operation `>` cannot be applied to type `&T`
            largest = item;
        }
    }
    largest
}

fn same<T>(a: T, b: T) -> bool {
    a == b //~ ERROR E0369
}

fn add<T>(a: T, b: T) -> T {
    a + b //~ ERROR cannot add `T` to `T`
}

fn ok<T: PartialOrd>(a: T, b: T) -> bool {
    a < b
}

fn main() {
    println!("{} {} {} {}", largest(&[1, 2]), same(1, 2), add(1, 2), ok(1, 2));
}
