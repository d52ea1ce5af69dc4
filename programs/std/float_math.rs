//@ run-fail
// std::f64::consts and float methods, checked against rustc 1.95; ends with integer clamp's panic (min > max).
use std::f64::consts::PI;

fn main() {
    let r = 2.0_f64;
    println!("{:.4} {:.4}", PI * r * r, std::f64::consts::E);
    println!("{} {} {}", std::f64::consts::LOG10_E, std::f64::consts::FRAC_1_SQRT_2, std::f32::consts::PI);
    let x: f64 = 0.5;
    println!("{:.4} {:.4} {:.4} {}", x.tan(), x.atan2(1.0), x.log10(), 8f64.log2());
    println!("{} {} {}", f64::INFINITY, f64::NAN.is_nan(), f64::NEG_INFINITY);
    println!("{} {}", (1.0f64 / 0.0).is_infinite(), x.is_finite());
    println!("{} {} {}", (-3.7f64).signum(), 3.75f64.fract(), x.clamp(0.0, 0.25));
    println!("{} {}", (-0.0f64).signum(), (-0.0f64).is_sign_negative());
    println!("{:.6} {:.3} {}", 90f64.to_radians(), 1f64.to_degrees(), 2f64.hypot(3.0));
    println!("{} {} {}", 2.0f64.mul_add(3.0, 1.0), 27f64.cbrt(), 100f64.log(10.0));
    println!("{} {}", 45f32.to_radians(), 1.5f32.to_degrees());
    println!("{} {}", i32::MAX.clamp(0, 10), 7u8.clamp(1, 5));
    println!("{}", f64::MIN_POSITIVE > 0.0);
    let v: i64 = 5;
    println!("{}", v.clamp(9, 1));
}
