// std implements From between integers only where no value is lost: `i8::from(300i32)`, a usize from
// a u32 or a u8 from an i8 is E0277 (rustle converted them as by `as`). Lossless ones are accepted.
fn main() {
    let a = i8::from(300i32); //~ ERROR E0277
    let b = usize::from(7u32); //~ ERROR E0277
    let c = u8::from(-1i8); //~ ERROR E0277
    let d = u64::from('a');
    let e = i16::from(200u8);
    let f = usize::from(true);
    let g = isize::from(-5i16);
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
}
