// replace and replacen over every pattern kind, with std's capacities (replacen starts at 32; one
// ASCII byte for another is an exact copy); replacen was unsupported.
fn show(s: String) { println!("{:?} {} {}", s, s.len(), s.capacity()); }
fn main() {
    show("hello".replace('l', "L"));
    show("hello".replace("l", "L"));
    show("hello".replace('l', "LL"));
    show("hello".replace("ll", "L"));
    show("hello".replace("", "-"));
    show("".replace("", "-"));
    show("".replace('a', "b"));
    show("héllo".replace('é', "e"));
    show("aaaa".replace("aa", "b"));
    show("one two three two".replacen("two", "2", 1));
    show("one two three two".replacen("two", "2", 5));
    show("aaa".replacen('a', "b", 0));
    show("abc".replacen("", "-", 2));
    show("a1b2c3".replacen(char::is_numeric, "#", 2));
    show("a1b2c3".replacen(['a', 'c'], "", 9));
    show("x".repeat(40).replacen('x', "yy", 30));
    show("a,b".replace(",", ", "));
    show("tab\there".replace('\t', "    "));
}
