struct P { name: String, tags: Vec<String> }
fn main() {
    let p = P { name: String::from("a"), tags: vec![] };
    let n = &p.name;
    let t = p.tags;
    let q = p.name;
    println!("{} {:?} {}", n, t, q);
}
