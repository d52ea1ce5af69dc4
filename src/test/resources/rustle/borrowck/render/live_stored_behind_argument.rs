fn push_ref(v: &mut Vec<&String>) {
    let s = String::new();
    v.push(&s);
}
fn main() {}
