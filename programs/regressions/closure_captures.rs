// Closures reading captured variables by reference (also fields of captured structs), parameters bound by
// patterns, casts to 64-bit integers from narrower and signed types.
struct Cfg {
    base: i64,
    step: u64,
}

fn main() {
    let offset: i64 = 7;
    let cfg = Cfg { base: -3, step: 5 };
    let pairs = vec![(1i64, 2u8), (-4, 250), (9, 0)];
    let f = |&(a, b): &(i64, u8)| a * offset + b as i64 + cfg.base;
    let g: Vec<i64> = pairs.iter().map(f).collect();
    println!("{:?}", g);
    let neg: i32 = -1;
    let small: i8 = -128;
    println!("{} {} {} {}", neg as u64, small as i64, small as u64, (neg as i64) * offset);
    let widened: Vec<u64> = pairs.iter().map(|&(_, b)| b as u64 * cfg.step).collect();
    println!("{:?}", widened);
    let mut hits = 0;
    pairs.iter().enumerate().for_each(|(i, &(a, _))| {
        if a > offset - 10 {
            hits += i as i64 + cfg.base;
        }
    });
    println!("hits {}", hits);
    let total: i64 = (0..5i64).map(|x| x * offset).sum();
    println!("total {}", total);
    let near = vec![i64::MAX - 5, 3, -4, 6];
    let s: i64 = near.iter().sum();
    println!("near {}", s);
}
