// char's ASCII tests take &self as in std, so they fit filter's `&char` as fn items; is_ascii_digit and
// is_ascii_alphabetic took self and read the reference as the char (filter kept nothing).
fn main() {
    let s = "a1b2c3!";
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let letters: String = s.chars().filter(char::is_ascii_alphabetic).collect();
    println!("{} {}", digits, letters);
    let c = 'x';
    println!("{} {} {}", c.is_ascii_digit(), c.is_ascii_alphabetic(), (&c).is_ascii_alphabetic());
    let n: u32 = s.chars().filter(|c| c.is_ascii_digit()).map(|c| c.to_digit(10).unwrap()).sum();
    println!("{}", n);
    let v: Vec<bool> = s.chars().map(char::is_alphabetic).collect();
    println!("{:?}", v);
}
