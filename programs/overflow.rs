//@ run-fail
// Integer overflow panics in debug builds, as in `cargo run`: a u8 holds at most 255.
fn add_fifty(x: u8) -> u8 {
    let step: u8 = 50;
    println!("attempt {}: {}", x / 50 - 3, x);
    let y = x + step;
    y
}

fn main() {
    let mut v: u8 = 200;
    for _ in 0..3 {
        v = add_fifty(v);
    }
    println!("never printed: {}", v);
}
