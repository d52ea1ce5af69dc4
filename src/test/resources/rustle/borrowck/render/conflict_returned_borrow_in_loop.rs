fn find_zero(v: &mut Vec<i32>) -> Option<&mut i32> {
    for i in 0..v.len() {
        let r = &mut v[i];
        if *r == 0 { return Some(r); }
    }
    None
}
fn first_big<'a>(v: &'a [i32]) -> &'a i32 {
    let mut best = &v[0];
    for x in v { if *x > *best { best = x; } }
    best
}
fn longest<'a>(a: &'a mut String, b: &'a mut String) -> &'a mut String {
    if a.len() > b.len() { a.push('!'); a } else { b.push('?'); b }
}
fn main() {}
