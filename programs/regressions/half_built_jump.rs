// A value left half built by `return` or `?` inside one of its parts: the parts already built are
// dropped (in reverse order) and nothing leaks.
struct N(u32);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct S {
    a: N,
    b: N,
    c: N,
}
fn in_vec(k: u32) -> Option<usize> {
    let v = vec![N(10), N(11), if k == 0 { return None } else { N(12) }];
    Some(v.len())
}
fn in_struct(k: Option<u32>) -> Option<u32> {
    let s = S { c: N(20), a: N(21), b: N(k?) };
    Some(s.a.0 + s.b.0 + s.c.0)
}
fn in_tuple(k: u32) -> u32 {
    let mut total = 0;
    for i in 0..3 {
        let t = (N(30 + i), String::from("x"), if i == k { break } else { N(40 + i) });
        total += t.2 .0;
    }
    total
}
fn main() {
    println!("{:?}", in_vec(0));
    println!("{:?}", in_vec(1));
    println!("{:?}", in_struct(None));
    println!("{:?}", in_struct(Some(2)));
    println!("{}", in_tuple(1));
}
