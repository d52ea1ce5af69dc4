//@ run-fail
// Arithmetic and comparisons with a constant right operand, and scalar fields read and written through
// references: signs, widths, unsigned 64-bit values above i64::MAX, and the overflow panic's location.
struct Acc {
    n: i64,
    f: f64,
}

impl Acc {
    fn bump(&mut self, by: i64) {
        self.n = self.n * 3 + by;
        self.f = self.f * 0.5 + 1.25;
    }
    fn get(&self) -> (i64, f64) {
        (self.n, self.f)
    }
}

fn classify(x: &i64) -> i64 {
    if *x < 0 {
        -1
    } else if *x >= 10 {
        1
    } else {
        0
    }
}

fn main() {
    for x in [-17i64, -3, -1, 0, 1, 5, 17, 9223372036854775807] {
        println!("{} {} {} {} {} {}", x % 5, x / 5, x % -7, x / -7, x != 5, classify(&x));
    }
    let big: u64 = 18446744073709551000;
    println!("{} {} {}", big % 1000, big / 3, (big / 7) % 10);
    let small: u8 = 250;
    let s32: i32 = -2147483647;
    println!("{} {} {} {}", small % 7, small / 3, s32 % 1000, s32 / -1000);
    let v = vec![3i64, -8, 12, 0];
    let e: Vec<i64> = v.iter().map(|x| x % 4 + 1).filter(|&x| x > 0).collect();
    println!("{:?} {}", e, v.iter().filter(|&&x| x % 2 == 0).count());
    let mut a = Acc { n: 1, f: 2.0 };
    for i in 0..5 {
        a.bump(i - 2);
    }
    let r = &a;
    println!("{:?} {}", r.get(), r.f * 2.0 - r.f / 4.0);
    let mut big_n: i64 = 9223372036854775000;
    let mut k = 0;
    while k < 3 {
        big_n = big_n + 700;
        println!("{}", big_n);
        k += 1;
    }
}
