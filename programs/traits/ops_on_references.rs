// Operator impls for references to the program's types (`impl Add for &V`, `impl Mul<f64> for &V`,
// `impl Neg for &V`): `&a + &b` calls them without moving the operands. Once a false E0369.
use std::ops::{Add, Mul, Neg};

#[derive(Debug, Clone, PartialEq)]
struct V(Vec<f64>);

impl Add for &V {
    type Output = V;
    fn add(self, o: &V) -> V {
        V(self.0.iter().zip(&o.0).map(|(a, b)| a + b).collect())
    }
}

impl Mul<f64> for &V {
    type Output = V;
    fn mul(self, k: f64) -> V {
        V(self.0.iter().map(|a| a * k).collect())
    }
}

impl Neg for &V {
    type Output = V;
    fn neg(self) -> V {
        self * -1.0
    }
}

fn main() {
    let a = V(vec![1.0, 2.0]);
    let b = V(vec![0.5, -4.0]);
    let c = &a + &b;
    let d = &(&c * 2.0) + &a;
    println!("{:?} {:?} {:?}", c, d, -&d);
    println!("{:?} {:?}", a, b);
    println!("{}", &a + &b == c);
}
