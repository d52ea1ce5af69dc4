// `b.method()` with a `self` method of the Box's content moves the content out of the box: the box's
// block is freed at its scope end without dropping the content a second time; so is a temporary box
// (`make().consume()`).
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
impl Noisy { fn consume(self) -> &'static str { println!("consume {}", self.0); self.0 } }
fn make(s: &'static str) -> Box<Noisy> { Box::new(Noisy(s)) }
#[derive(Debug)]
enum T { Leaf, One(Box<T>) }
impl T {
    fn grow(self) -> T {
        match self {
            T::Leaf => T::One(Box::new(T::Leaf)),
            T::One(b) => T::One(Box::new(b.grow())),
        }
    }
}
fn main() {
    let b = Box::new(Noisy("a"));
    let name = b.consume();
    println!("got {}", name);
    for i in 0..2 {
        let c = Box::new(Noisy(if i == 0 { "kept" } else { "taken" }));
        if i == 1 { c.consume(); }
        println!("end of {}", i);
    }
    println!("{}", Box::new(Noisy("temp")).consume());
    println!("{}", make("made").consume());
    let t = T::One(Box::new(T::One(Box::new(T::Leaf))));
    println!("{:?}", t.grow().grow());
}
