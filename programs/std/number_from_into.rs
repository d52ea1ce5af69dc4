// std's lossless From impls into f64, f32 and char, called as T::from, named as a function
// (.map(f64::from)) and through x.into() between numbers.
fn main() {
    let a = f64::from(3i32) + f64::from(4u32) + f64::from(-2i16) + f64::from(7u16);
    let b = f64::from(-1i8) + f64::from(200u8) + f64::from(1.5f32) + f64::from(true);
    let c = f32::from(-300i16) + f32::from(65535u16);
    println!("{} {} {}", a, b, c);
    let s: String = vec![104u8, 105].into_iter().map(char::from).collect();
    let f: Vec<f64> = vec![u32::MAX, 0].into_iter().map(f64::from).collect();
    println!("{} {:?} {} {}", s, f, char::from(65), f64::from(3));

    let x: i32 = -5;
    let y: i64 = x.into();
    let z: f64 = x.into();
    let u: u8 = 250;
    let w: u32 = u.into();
    let q: i16 = u.into();
    let ch: char = u.into();
    let code: u32 = 'x'.into();
    let g: f64 = 0.1f32.into();
    let lit: f64 = 3.into();
    println!("{} {} {} {} {:?} {} {} {}", y, z, w, q, ch, code, g, lit);
}
