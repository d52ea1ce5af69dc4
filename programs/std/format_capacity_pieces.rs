// format!'s String grows as std's Formatter pushes its pieces: padding one fill char at a time, an
// integer's sign and prefix apart from its digits, float parts, Debug punctuation and tokens.
#[derive(Debug)]
#[allow(dead_code)]
struct P { x: i32, name: String }
fn show(tag: &str, s: String) { println!("{}: {:?} len {} cap {}", tag, s, s.len(), s.capacity()); }
fn main() {
    show("a", format!("{:>12}", 5));
    show("b", format!("{:?}", vec![1, 2, 3]));
    show("c", format!("{:<20}|", "abc"));
    show("d", format!("{:08.3}", -3.14159));
    show("e", format!("{:#010x}", 255));
    show("f", format!("{}", 0.1 + 0.2));
    show("g", format!("{:?}", "hello\nworld"));
    show("h", format!("{:?}", P { x: 1, name: "bob".into() }));
    show("i", format!("{:#?}", P { x: 1, name: "bob".into() }));
    show("j", format!("{:?}", (1, "two", 3.0)));
    show("k", format!("{:?}", Some("x")));
    show("l", format!("{:e}", 1234.5));
    show("m", format!("{:^9}", "mid"));
    show("n", format!("{:+}", 42));
    show("o", format!("{:>5}{:<5}", 1, 2));
    show("p", format!("{:?}", vec!["a", "bb"]));
    show("q", format!("{:?}", 1.0));
    show("r", format!("{:?}", vec![1.5, 2.25]));
    show("s", format!("{:?}", [Some(1), None]));
    show("t", format!("{:x}", 123456789));
    show("u", format!("{:.3}", 2.0));
    show("v", format!("{:10.2}", 3.14159));
    show("w", format!("{:*^30}", "centered title text"));
    show("x", format!("{:?}", 'a'));
    show("y", format!("{:5}", true));
    show("z", format!("{:?}", vec![vec![1, 2], vec![3]]));
    show("A", format!("{:?}", "tab\there"));
    show("B", format!("{:#?}", vec![1, 2]));
    show("C", format!("{:#?}", (1, "a")));
    show("D", format!("Total: {:>10}", 12345));
    show("E", format!("{:?}", String::from("a longer string here")));
    show("F", format!("{}", 1e21));
    show("G", format!("{}", 100.0));
    show("H", format!("{:?}", 1e-7));
    show("I", format!("{:>20}", 1.5));
    show("J", format!("{:020}", -7));
}
