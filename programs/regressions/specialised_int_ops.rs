//@ run-fail
// Integer operators compiled to per-kind nodes: u64/usize arithmetic and comparisons near the sign
// bit, division and remainder of every signedness and width, bit operations, compound assignment
// through places, and enum variant tests by tag and by niche.
#[derive(Clone, Copy)]
enum Tagged {
    A,
    B(u8),
    C { x: i32 },
}

enum Explicit {
    Low = 3,
    High = 200,
}

fn classify(t: Tagged) -> i32 {
    match t {
        Tagged::A => 1,
        Tagged::B(v) => v as i32 * 10,
        Tagged::C { x } => x,
    }
}

fn main() {
    let big: u64 = 0x8000_0000_0000_0005;
    let small: u64 = 7;
    println!("{} {} {}", big / small, big % small, big > small);
    println!("{} {} {}", small < big, big <= big, small >= big);
    let wide: u64 = 0xFFFF_FFFF;
    println!("{}", wide * wide);
    println!("{:?}", wide.checked_mul(wide + 2));
    let u: usize = 17;
    println!("{} {} {} {}", u / 5, u % 5, u & 6, u | 32);
    let s: i64 = -17;
    println!("{} {} {}", s / 5, s % 5, s ^ 3);
    let n: i32 = -100;
    println!("{} {}", n / 7, n % 7);
    let b: u8 = 250;
    println!("{} {}", b / 7, b % 7);
    let h: i16 = 300;
    println!("{}", h * 100);
    let mut arr = [10u64, 20, 30];
    for i in 0..3 {
        arr[i] += i as u64 * 5;
        arr[i] -= 1;
    }
    let mut v = vec![5i64, -5];
    v[0] += 100;
    v[1] -= 100;
    println!("{:?} {:?}", arr, v);
    let ts = [Tagged::A, Tagged::B(4), Tagged::C { x: -9 }];
    let mut total = 0;
    for t in ts.iter() {
        total += classify(*t);
    }
    println!("{}", total);
    let o: Option<Box<i32>> = Some(Box::new(3));
    let none: Option<Box<i32>> = None;
    for x in [o, none] {
        match x {
            Some(b) => println!("some {}", b),
            None => println!("none"),
        }
    }
    for e in [Explicit::Low, Explicit::High] {
        match e {
            Explicit::Low => println!("low {}", Explicit::Low as i32),
            Explicit::High => println!("high {}", Explicit::High as i32),
        }
    }
    let mut c: usize = 3;
    c -= 4;
    println!("{}", c);
}
