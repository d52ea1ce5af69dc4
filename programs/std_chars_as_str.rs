// Chars::as_str: the text an iterator over chars has not yet yielded (the capitalize idiom).
fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
fn main() {
    let text = "one two three";
    let caps: Vec<String> = text.split_whitespace().map(capitalize).collect();
    println!("{}", caps.join(" "));
    let s = String::from("héllo");
    let mut it = s.chars();
    it.next();
    it.next();
    println!("[{}] {}", it.as_str(), it.as_str().len());
    it.next();
    println!("[{}] {:?}", it.as_str(), capitalize(""));
}
