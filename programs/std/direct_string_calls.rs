// push_str and len as the hot paths compile them: a literal, a &String, a temporary format!, a slice,
// a &str local and a String's own copy, with the capacity growing as RawVec's; the growth moves the
// buffer and frees the old block, so the addresses compare as std's do.
fn total(parts: &[String]) -> usize {
    let mut n = 0;
    for p in parts.iter() {
        n += p.len();
    }
    n
}

fn main() {
    let mut s = String::new();
    println!("{} {}", s.len(), s.capacity());
    s.push_str("item");
    println!("{} {} {}", s, s.len(), s.capacity());
    let t = String::from("/tail");
    s.push_str(&t);
    println!("{} {} {}", s, s.len(), s.capacity());
    s.push_str(&format!("{}-{}", 42, "x"));
    println!("{} {} {}", s, s.len(), s.capacity());
    let word: &str = "abcdef";
    s.push_str(&word[1..4]);
    s.push_str(word);
    println!("{} {} {}", s, s.len(), s.capacity());
    let copy = s.clone();
    s.push_str(&copy);
    println!("{} {} {}", s.len(), s.capacity(), copy.len());
    s.push_str("");
    println!("{} {}", s.len(), s.capacity());
    let mut parts: Vec<String> = Vec::new();
    for i in 0..5 {
        let mut p = String::new();
        p.push_str(&i.to_string());
        p.push_str("é");
        parts.push(p);
    }
    println!("{} {:?}", total(&parts), parts);
    let boxed = Box::new(String::from("boxed"));
    let mut r = String::new();
    r.push_str(&*boxed);
    r.push_str(boxed.as_str());
    println!("{} {}", r, r.len() + boxed.len());
}
