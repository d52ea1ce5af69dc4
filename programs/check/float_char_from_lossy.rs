// std has From into f64/f32 only from smaller numbers (and bool), and into char only from u8:
// these are rustc's E0277 whether called as T::from, named as a function or reached by x.into().
fn main() {
    let a = char::from(1u32); //~ ERROR E0277
    let b = char::from(true); //~ ERROR E0277
    let c = f64::from(3i64); //~ ERROR E0277
    let d = f32::from(3i32); //~ ERROR E0277
    let e = f32::from(1.0f64); //~ ERROR E0277
    let x: u16 = 5;
    let g: u8 = x.into(); //~ ERROR E0277
    let h: f64 = 7usize.into(); //~ ERROR E0277
    let s: String = vec![104u32].into_iter().map(char::from).collect(); //~ ERROR E0277
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, g, h, s);
}
