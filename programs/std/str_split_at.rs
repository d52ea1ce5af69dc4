// str::split_at and split_at_checked (were unsupported): the two sides of a char boundary; checked gives
// None off a boundary or past the end.
fn main() {
    let s = String::from("héllo wörld");
    let (a, b) = s.split_at(3);
    println!("{:?} {:?}", a, b);
    println!("{:?} {:?}", s.split_at(0), s.split_at(s.len()));
    for i in [1, 2, 3, 12, 13] {
        println!("{} {:?}", i, s.split_at_checked(i));
    }
    let line = "key: value";
    if let Some(i) = line.find(':') {
        let (k, v) = line.split_at(i);
        println!("[{}] [{}]", k, v[1..].trim());
    }
}
