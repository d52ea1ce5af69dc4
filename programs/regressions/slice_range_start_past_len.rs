//@ run-fail
// std checks a range's start against the length first: `v[5..7]` on three elements names the start.
fn main() {
    let v: Vec<u8> = vec![1, 2, 3];
    println!("{:?}", &v[1..=2]);
    let n = v.len() + 2;
    println!("{:?}", &v[n..n + 2]);
}
