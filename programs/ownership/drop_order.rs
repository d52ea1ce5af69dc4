//@ run-pass
// Values are dropped when their owner goes out of scope, in reverse order of declaration. A moved-from
// variable drops nothing: its value is dropped by its new owner. `drop(x)` ends a value early.
struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn consume(n: Noisy) {
    println!("consume got {}", n.name);
} // `n` is dropped here, at the end of the callee

fn main() {
    let _a = Noisy { name: "a" };
    let b = Noisy { name: "b" };
    let _c = Noisy { name: "c" };
    {
        let _inner = Noisy { name: "inner" };
        println!("end of inner block");
    }
    consume(b); // `b` moved: main will not drop it again
    let d = Noisy { name: "d" };
    drop(d); // dropped now, not at the end of main
    println!("end of main");
}
