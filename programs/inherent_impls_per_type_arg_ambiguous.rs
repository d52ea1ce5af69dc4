// Two inherent impls for different arguments of one type both define `make`: with the argument still
// unknown at the path, rustc cannot choose between them (the annotation on the let comes too late).
struct W<T>(T);

impl W<i32> {
    fn make() -> Self {
        W(7)
    }
}

impl W<bool> {
    fn make() -> Self {
        W(false)
    }
}

fn main() {
    let a = W::<i32>::make();
    let c: W<bool> = W::make(); //~ ERROR E0034
    println!("{} {}", a.0, c.0);
}
