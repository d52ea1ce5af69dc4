// format! of plain {} pieces (strings, str slices, integers of every width and sign, extremes, the same
// argument twice, more than two arguments) written straight into the new String: text, length and
// the capacity std's String reaches pushing the pieces one by one.
fn show(s: String) {
    println!("{:?} len {} cap {}", s, s.len(), s.capacity());
}

fn main() {
    let name = String::from("héllo");
    let word: &str = "wörld";
    // Arguments are variables: rustc inlines literal arguments into the format string (exact capacity).
    let (zero, big, small, neg) = (0, 12345678901234i64, 255u8, -32768i16);
    let empty: &str = "";
    show(format!("{}", zero));
    show(format!("{}", -7i8));
    show(format!("{}{}", small, neg));
    show(format!("{}|{}", i64::MIN, i64::MAX));
    show(format!("[{}]", u64::MAX));
    show(format!("{} {}", u64::MAX / 2 + 1, usize::MAX));
    show(format!("{0}-{0}-{1}", name, word));
    show(format!("{}{}{}{}", 1, name, word, -1));
    show(format!("a long literal piece, longer than sixteen bytes: {}", big));
    show(format!("{}", empty));
    show(format!("{}{}", empty, zero as u32));
    show(format!("x{}", &name[1..3]));
    let mut total = 0;
    for i in [9i32, 10, 99, 100, 999_999, 1_000_000, i32::MAX, i32::MIN] {
        let s = format!("{}", i);
        total += s.len();
        show(s);
    }
    println!("{}", total);
}
