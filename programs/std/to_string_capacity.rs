// The capacity of to_string's String follows how std builds it: signed integers reserve their type's
// most digits (and one more for a negative sign), unsigned integers, char, bool and str are copied
// exactly, floats are pushed part by part into String::new() (sign, digits, ".", fraction, zeros).
fn main() {
    for v in [0u32, 5, 42, 4000000000] {
        let s = v.to_string();
        println!("u32 {} len {} cap {}", s, s.len(), s.capacity());
    }
    for v in [0i32, 42, -42, -2000000000] {
        let s = v.to_string();
        println!("i32 {} len {} cap {}", s, s.len(), s.capacity());
    }
    println!("{} {} {}", 5i8.to_string().capacity(), (-5i16).to_string().capacity(), 7i64.to_string().capacity());
    println!("{} {}", 9usize.to_string().capacity(), (-9isize).to_string().capacity());
    let x = 7;
    let r = &x;
    println!("{}", r.to_string().capacity());
    for v in [0.0f64, 1.5, -2.25, 1e20, 0.000001234, 123456789.5, -0.5, 1e100] {
        let s = v.to_string();
        println!("f64 {} len {} cap {}", s, s.len(), s.capacity());
    }
    println!("{} {}", f64::NAN.to_string().capacity(), (-f64::INFINITY).to_string().capacity());
    println!("{}", 0.1f32.to_string().capacity());
    println!("{} {} {}", 'x'.to_string().capacity(), 'é'.to_string().capacity(), false.to_string().capacity());
    let nums: Vec<String> = vec![3, -14, 159].iter().map(|n| n.to_string()).collect();
    for n in &nums {
        println!("{} {}", n, n.capacity());
    }
    let e = "x".parse::<u8>().unwrap_err().to_string();
    println!("{} {}", e.len(), e.capacity());
}
