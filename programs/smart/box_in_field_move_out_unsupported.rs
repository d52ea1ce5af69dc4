// Moving the content out of a Box held in a field (`h.a.consume()` with a `self` method of the
// content, or `*h.b`) would need the holder's drop to free that box without its content: named
// unsupported, where rustle dropped the content a second time (its Drop ran twice).
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn consume(self) -> usize {
        self.0.len()
    }
}

struct Holder {
    a: Box<Noisy>,
}

fn main() {
    let h = Holder { a: Box::new(Noisy("ha")) };
    let n = h.a.consume(); //~ ERROR moving the content out of a `Box` held in a field is not supported by rustle yet
    println!("{}", n);
}
