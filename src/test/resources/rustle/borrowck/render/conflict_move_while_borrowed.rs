fn main() {
    let note = String::from("remember");
    let view = &note;
    let owner = note;
    println!("{} {}", view, owner);
}
