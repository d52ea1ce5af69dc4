// f64/f32::total_cmp (IEEE total order: -NaN < -inf < -0.0 < 0.0 < inf < NaN), the usual way to sort
// floats; rustle reported it unsupported. f64::NAN had its sign bit set, so it sorted first.
fn main() {
    let mut v = vec![3.2, -1.0, 0.0, -0.0, f64::INFINITY, f64::NAN, f64::NEG_INFINITY, 2.7];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    v.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", v);
    let mut w = vec![1.5f32, -2.25, 0.5];
    w.sort_by(f32::total_cmp);
    println!("{:?}", w);
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), 1.0f64.total_cmp(&1.0));
    // f64::NAN and f32::NAN are positive quiet NaNs (rustle made them with the sign bit set).
    println!("{:x} {:x} {}", f64::NAN.to_bits(), f32::NAN.to_bits(), f64::NAN.is_sign_negative());
    let best = [0.3, 0.9, 0.1].iter().copied().max_by(|a: &f64, b: &f64| a.total_cmp(b));
    println!("{:?}", best);
}
