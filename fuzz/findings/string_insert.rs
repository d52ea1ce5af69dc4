fn main() {
    let mut s = String::from("bc");
    s.insert(0, 'a');
    println!("{}", s);
}
