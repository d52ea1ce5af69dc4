fn main() {
    let o = Some(String::from("x"));
    let r = &o;
    match *r {
        Some(s) => println!("{}", s),
        None => {}
    }
}
