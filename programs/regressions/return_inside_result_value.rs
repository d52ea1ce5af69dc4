// A `return` or `?` inside a part of the value a function returns: the parts already built are
// dropped from where they were built, not from the return place the jump has just written.
struct Tag(u32);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop Tag({})", self.0);
    }
}
struct Entry {
    tag: Tag,
    label: String,
    n: i32,
}
fn parse_entry(text: &str) -> Result<Entry, String> {
    Ok(Entry { tag: Tag(1), label: String::from("entry"), n: text.parse::<i32>().map_err(|e| e.to_string())? })
}
fn early(k: i32) -> Result<(Tag, i32), i32> {
    if k > 100 {
        return Ok((Tag(2), if k > 1000 { return Err(-1) } else { k }));
    }
    Ok((Tag(3), match k { 0 => return Err(0), _ => k * 2 }))
}
fn main() {
    for t in ["41", "x4"] {
        match parse_entry(t) {
            Ok(e) => println!("ok {} {} {}", e.tag.0, e.label, e.n),
            Err(e) => println!("err {}", e),
        }
    }
    for k in [0, 5, 500, 5000] {
        match early(k) {
            Ok((t, v)) => println!("ok {} {}", t.0, v),
            Err(e) => println!("err {}", e),
        }
    }
    let pick = |s: &str| -> Option<(String, u8)> { Some((String::from("c"), s.parse::<u8>().ok()?)) };
    println!("{:?} {:?}", pick("7"), pick("300"));
}
