// A field reached through the program's Deref impl (`g.log` for a MyBox<Guarded>) was a false E0609;
// rustle reports it unsupported and points to `(*g).log`, which it runs.
use std::ops::{Deref, DerefMut};
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}
struct Guarded {
    log: Vec<u8>,
}
fn main() {
    let mut g = MyBox(Guarded { log: vec![] });
    (*g).log.push(1);
    g.log.push(2); //~ ERROR a field reached through a `Deref` impl
    println!("{}", (*g).log.len());
}
