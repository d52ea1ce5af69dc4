// f64/f32 to_bits and from_bits; round of 0.49999999999999994 is 0 (x + 0.5 rounded it up to 1).
fn main() {
    println!("{} {:#x}", 3.7f64.to_bits(), (-0.0f64).to_bits());
    println!("{} {}", f64::from_bits(4611686018427387904), f64::from_bits(0x7ff0000000000000));
    println!("{} {}", 1.5f32.to_bits(), f32::from_bits(0x3fc00000));
    println!("{} {} {} {}", 0.49999999999999994f64.round(), (-0.49999999999999994f64).round(), 2.5f64.round(), (-2.5f64).round());
    println!("{} {}", 0.5f32.round(), 4503599627370497.0f64.round());
}
