//@ run-fail
// Values the compile-time lint must not rely on: borrowed, mutated across blocks, from parameters, in a
// branch rustc skips. Each still panics (or not) at run time as rustc's binary does.
fn bump(p: u8) -> u8 {
    p + 1
}

fn main() {
    let x: u8 = 255;
    println!("{}", x); // borrowed by the format machinery: no longer known
    let mut a = 250u8;
    let _ = a + 0;
    a = a.wrapping_add(5);
    let mut k = 0u32;
    while k < 3 {
        k += 1;
    }
    let c = true;
    if c {
        println!("{} {}", a, k);
    }
    let v = vec![1, 2, 3];
    let idx = 7;
    if v.len() > idx {
        println!("{}", v[idx]);
    }
    println!("{}", bump(x));
}
