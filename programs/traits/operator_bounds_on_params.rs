// Operators on values of a type parameter, allowed by its bound (`T: Add<Output = T>`, `Neg`,
// `AddAssign`, in a where clause or on an impl): the primitive operator for numbers, the program's impl
// for its own types. rustle reported the `Output = T` binding as unsupported and `a + b` as E0369.
use std::ops::{Add, Mul, Neg, Sub, AddAssign};
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V(i32, i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0, self.1 + o.1) } }
impl Mul for V { type Output = V; fn mul(self, o: V) -> V { V(self.0 * o.0, self.1 * o.1) } }
impl Neg for V { type Output = V; fn neg(self) -> V { V(-self.0, -self.1) } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.0 += o.0; self.1 += o.1; } }
fn add<T: Add<Output = T>>(a: T, b: T) -> T { a + b }
fn dot<T>(a: &[T], b: &[T]) -> T where T: Mul<Output = T> + Add<Output = T> + Copy + Default {
    let mut s = T::default();
    for i in 0..a.len() { s = s + a[i] * b[i]; }
    s
}
fn neg_all<T: Neg<Output = T> + Copy>(v: &[T]) -> Vec<T> { v.iter().map(|&x| -x).collect() }
fn total<T: AddAssign + Copy + Default>(v: &[T]) -> T { let mut t = T::default(); for &x in v { t += x; } t }
fn diff<T: Sub<Output = T>>(a: T, b: T) -> T { a - b }
struct Acc<T> { sum: T }
impl<T: Add<Output = T> + Copy> Acc<T> { fn push(&mut self, x: T) { self.sum = self.sum + x; } }
fn main() {
    println!("{} {} {:?}", add(1, 2), add(1.5, 2.0), add(V(1, 2), V(3, 4)));
    println!("{} {:?}", dot(&[1, 2, 3], &[4, 5, 6]), dot(&[V(1, 1), V(2, 2)], &[V(3, 4), V(5, 6)]));
    println!("{:?} {:?}", neg_all(&[1.5, -2.0]), neg_all(&[V(1, -1)]));
    println!("{} {:?} {}", total(&[1u8, 2, 3]), total(&[V(1, 2), V(3, 4)]), diff(10u64, 3));
    let mut a = Acc { sum: 0i64 };
    a.push(5); a.push(7);
    let mut b = Acc { sum: V(0, 0) };
    b.push(V(1, 2));
    println!("{} {:?}", a.sum, b.sum);
}
