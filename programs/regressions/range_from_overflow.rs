//@ run-fail
// An open range counts up until its next start would pass the type's MAX: std panics (debug build)
// before yielding the last value, so 255u8 is never produced.
fn main() {
    let mut total: u32 = 0;
    for (i, x) in (250u8..).enumerate() {
        total += x as u32;
        println!("{} {} {}", i, x, total);
    }
}
