// std's Debug of the range types: start..end, start..=end (and " (exhausted)" once iterated to its end),
// start.., ..end, ..=end and .., each bound formatted with the placeholder's options.
fn main() {
    let r = 1..10;
    let q = 2..=5;
    let mut s = 0..=1;
    s.next();
    s.next();
    println!("{:?} {:?} {:?}", r, q, s);
    println!("{:?} {:?} {:?}", ..3i32, ..=4u8, 1.5..2.5);
    println!("[{:>3?}] {:#?}", 1..2, 3..4);
    println!("{:?}", (0..2, vec![1..=2]));
    println!("{:?} {:?}", 7u8.., ..);
    let mut k = 5..=5;
    k.next();
    println!("{:?}", k);
}
