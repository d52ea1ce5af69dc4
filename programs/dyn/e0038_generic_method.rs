// A trait with a generic method cannot be made into a trait object: its vtable would need one entry
// per type argument.
trait Tr {
    fn g<T>(&self, t: T);
    fn name(&self) -> String;
}

struct A;

impl Tr for A {
    fn g<T>(&self, _t: T) {}
    fn name(&self) -> String {
        String::new()
    }
}

fn main() {
    let a = A;
    let r: &dyn Tr = &a; //~ ERROR E0038
    println!("{}", r.name());
}
