// A String holds UTF-8: 'é' takes two bytes and '🦀' four, so len counts bytes, not chars.
fn main() {
    let mut s = String::from("héllo");
    s.push('🦀'); // @dump
    let word: &str = "naïve";
    println!("{} has {} bytes and {} chars; {}", s, s.len(), s.chars().count(), word); // @dump with literal
}
