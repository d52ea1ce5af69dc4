fn main() {
    let s = String::from("hello");
    println!("{}", s[1..3].len());
}
