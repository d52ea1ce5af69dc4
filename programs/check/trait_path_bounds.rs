// A trait method named by a path needs its trait: no bound on T is E0599, a type without the impl E0277.
struct Plain(i32);

fn unbounded<T>(a: &T, b: &T) -> bool {
    T::eq(a, b) //~ ERROR E0599
}

fn main() {
    let a = Plain(1);
    let b = Plain(1);
    println!("{}", PartialEq::eq(&a, &b)); //~ ERROR E0277
    println!("{} {}", unbounded(&1, &2), a.0 + b.0);
}
