// An associated function of a bound called on the parameter (`T::zero()`, also through a supertrait) was
// a false E0599, and so were u8's ASCII methods (b.is_ascii_uppercase(), b.to_ascii_lowercase()).
trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}
trait Num: Zero {}
impl Zero for i32 {
    fn zero() -> Self {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}
impl Zero for f64 {
    fn zero() -> Self {
        0.0
    }
    fn is_zero(&self) -> bool {
        *self == 0.0
    }
}
impl Num for i32 {}
fn zeros<T: Zero + Clone>(n: usize) -> Vec<T> {
    vec![T::zero(); n]
}
fn first_or_zero<T: Num + Copy>(xs: &[T]) -> T {
    if xs.is_empty() { T::zero() } else { xs[0] }
}
fn main() {
    let z: Vec<f64> = zeros(3);
    println!("{:?} {:?}", z, zeros::<i32>(2));
    println!("{} {}", first_or_zero::<i32>(&[]), first_or_zero(&[7]));
    println!("{}", zeros::<i32>(1)[0].is_zero());
    let flipped: Vec<u8> = "AbZ9é".bytes()
        .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect();
    println!("{:?}", flipped);
    let digits = "a1b22".as_bytes().iter().filter(|b| b.is_ascii_digit()).count();
    println!("{} {} {}", digits, b'x'.is_ascii_alphabetic(), 200u8.is_ascii());
    println!("{} {}", b'Q'.eq_ignore_ascii_case(&b'q'), b' '.is_ascii_whitespace());
}
