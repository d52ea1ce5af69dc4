// A call whose type argument has no impl for an operator bound is rustc's E0277 (E0271 when the impl's
// Output is another type, E0599 for an impl's bound at a method call); rustle ran them, adding two
// Strings and two chars as numbers.
use std::ops::Add;

fn add<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

#[derive(Debug, Clone, Copy)]
struct M(u8);

impl Add for M {
    type Output = u8;
    fn add(self, o: M) -> u8 {
        self.0 + o.0
    }
}

struct Acc<T> {
    sum: T,
}

impl<T: Add<Output = T> + Copy> Acc<T> {
    fn push(&mut self, x: T) {
        self.sum = self.sum + x;
    }
}

fn main() {
    println!("{}", add(String::from("ab"), String::from("cd"))); //~ ERROR E0277
    println!("{:?}", add(M(1), M(2))); //~ ERROR E0271
    println!("{}", add(true, false)); //~ ERROR E0277
    let mut c = Acc { sum: 'a' };
    c.push('b'); //~ ERROR E0599
}
