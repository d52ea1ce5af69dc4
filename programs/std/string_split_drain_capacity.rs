// String's insert_str, reserve_exact, drain, split_off, retain, into_bytes, into_boxed_str, shrink_to and
// truncate: the text left and std 1.95's capacities.
fn main() {
    let mut s = String::from("abc"); s.insert_str(1, "XYZ"); println!("{} {}", s, s.capacity());
    s.insert_str(6, "é"); println!("{} {}", s, s.capacity());
    let mut s = String::from("abcdef"); s.reserve_exact(3); println!("{}", s.capacity());
    let mut s = String::from("abcdef"); let d: String = s.drain(1..3).collect(); println!("{} {} {} {}", s, d, s.capacity(), d.capacity());
    let mut s = String::from("héllo wörld"); let o = s.split_off(6); println!("{:?} {:?} {} {}", s, o, s.capacity(), o.capacity());
    s.retain(|c| c != 'l'); println!("{:?} {}", s, s.capacity());
    let mut t = String::from("aébc"); for c in t.drain(..3) { print!("[{}]", c); } println!("{}", t);
    let b = String::from("hey").into_bytes(); println!("{:?} {}", b, b.capacity());
    let mut w = String::with_capacity(20); w.push_str("abc"); let bs = w.into_boxed_str(); println!("{} {}", bs, bs.len());
    let mut x = String::with_capacity(20); x.push_str("abc"); x.shrink_to(5); println!("{}", x.capacity());
    let mut y = String::from("héllo"); y.truncate(3); println!("{}", y);
}
