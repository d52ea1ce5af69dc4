// `&match ..` and `&if ..` where a &str is wanted: the unsized expectation (str) is only a hint, so the
// arms after a String arm are checked against String and `"one".into()` makes a String (rustle reported
// `str::into` unsupported).
fn label(flag: bool) -> usize {
    let t: &str = &if flag { "yes".to_string() } else { "no".into() };
    t.len()
}
fn main() {
    let mut out = String::new();
    for i in 1..=6 {
        out += &match i % 3 {
            0 => "Fizz".to_string(),
            1 => "one".into(),
            _ => i.to_string(),
        };
        out.push(' ');
    }
    let s: &str = &match out.len() {
        0 => String::from("empty"),
        _ => "full".into(),
    };
    let b: &[i32] = &match s.len() {
        4 => vec![1, 2],
        _ => Vec::new(),
    };
    println!("{}| {} {:?} {} {}", out, s, b, label(true), label(false));
}
