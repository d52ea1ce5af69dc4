fn main() {
    let mut s = String::from("abc");
    let c = s.chars();
    s.push('d');
    for ch in c { println!("{}", ch); }
}
