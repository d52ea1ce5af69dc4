// std's Range has public fields `start` and `end` (read, assigned, moved out of); RangeInclusive
// keeps them private behind `start()`, `end()` and `into_inner()`.
fn width(r: &std::ops::Range<usize>) -> usize {
    r.end - r.start
}

fn main() {
    let r = 2..5;
    println!("{} {} {}", r.start, r.end, width(&r));
    let mut m = 0..3;
    m.start = 1;
    m.end += 4;
    println!("{:?} {}", m, m.len());
    let rm = &mut m;
    rm.start += 1;
    println!("{:?}", m);
    let v: Vec<usize> = (r.start..r.end).collect();
    println!("{:?}", v);
    let words = String::from("ant")..String::from("bee");
    let first = words.start;
    println!("{} {}", first, words.end);

    let ri = 1..=4;
    println!("{} {} {}", ri.start(), ri.end(), *ri.end() + 1);
    let mut it = 3u8..=5;
    it.next();
    println!("{} {} {:?}", it.start(), it.end(), it);
    let (lo, hi) = (String::from("a")..=String::from("q")).into_inner();
    println!("{} {}", lo, hi);
}
