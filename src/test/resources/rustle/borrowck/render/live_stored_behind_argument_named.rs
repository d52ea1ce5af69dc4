fn bad(out: &mut Vec<&str>) {
    let s = String::from("x");
    out.push(s.as_str());
}
fn bad2<'a>(slot: &mut &'a String) {
    let s = String::from("y");
    *slot = &s;
}
fn main() {}
