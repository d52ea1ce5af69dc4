fn main() {
    let cs = ['a', 'Z', '5', 'f', 'G', ' ', '\t', '!', '~', '\x7f', '\x0b', 'é', '{', '@'];
    for c in cs {
        println!("{:?} up{} lo{} an{} hx{} pu{} gr{} ws{} ct{} d16{} d8{}", c, c.is_ascii_uppercase(), c.is_ascii_lowercase(),
            c.is_ascii_alphanumeric(), c.is_ascii_hexdigit(), c.is_ascii_punctuation(), c.is_ascii_graphic(),
            c.is_ascii_whitespace(), c.is_ascii_control(), c.is_digit(16), c.is_digit(8));
    }
    println!("{} {}", 'a'.eq_ignore_ascii_case(&'A'), 'a'.eq_ignore_ascii_case(&'b'));
    let n = "Hello World 42!".chars().filter(char::is_ascii_uppercase).count();
    println!("{}", n);
}
