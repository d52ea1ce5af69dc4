// rustc inlines a plain {} of a string or integer literal (under any &) into the format string, which
// std's capacity estimate sees: one piece fewer to push, an exact capacity when no placeholder is left.
// Chars, bools, floats, negated or cast literals, and specs other than a plain {} stay arguments.
fn show(s: &String) { println!("{:?} len {} cap {}", s, s.len(), s.capacity()); }
fn main() {
    show(&format!("a long literal piece of more than sixteen bytes {}", 7));
    show(&format!("{}{}{}{}{}", 1, 22, 333, 4444, 55555u64));
    show(&format!("{}{}", 2147483647, 4294967295u32));
    let h = String::from("héllo wörld");
    show(&format!("[{}|{}]", h, 'c'));
    show(&format!("[{}|{}]", h, true));
    show(&format!("[{}|{}]", h, 1.5));
    show(&format!("[{}|{}]", h, (3)));
    show(&format!("[{}|{}]", h, &3));
    show(&format!("[{}|{}]", h, &&"ab"));
    show(&format!("[{}|{}]", h, -3));
    show(&format!("[{}|{}]", h, 3u8));
    show(&format!("[{}|{}]", h, 200u8 as u16));
    show(&format!("[{}|{}]", h, 3_000_000_000u32));
    show(&format!("[{}|{}]", h, 0x10));
    show(&format!("[{}|{:?}]", h, 3));
    show(&format!("[{}|{:5}]", h, 3));
    show(&format!("[{0}|{0}]", 3));
    show(&format!("[{}|{x}]", h, x = 3));
    show(&format!("[{}|{}]", h, "a\tb"));
    show(&format!("[{}|{}]", h, r"raw"));
    let mut w = String::new();
    use std::fmt::Write;
    write!(w, "[{}|{}]", h, 3).unwrap();
    show(&w);
    show(&format!("{}", 'c'));
    show(&format!("{}", 7));
    show(&format!("{}{}", h, 7));
    show(&format!("{}{}{}", 1, 2, h));
}
