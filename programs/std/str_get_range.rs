// str::get takes a range and gives None where slicing would panic (out of bounds, reversed, not on a
// char boundary); is_char_boundary says where slicing may cut (both were unsupported).
fn main() {
    let s = String::from("héllo wörld");
    println!("{:?} {:?} {:?}", s.get(0..1), s.get(1..2), s.get(1..3));
    println!("{:?} {:?} {:?}", s.get(..5), s.get(7..), s.get(..));
    println!("{:?} {:?}", s.get(0..=2), s.get(3..100));
    println!("{:?}", s.get(5..4));
    let i = 2;
    let j = i + 4;
    println!("{:?} {}", s.get(i..j), s.as_bytes()[i]);
    for k in 0..4 {
        print!("{} ", s.is_char_boundary(k));
    }
    println!("{}", s.is_char_boundary(100));
    let t = "abc";
    println!("{:?}", t.get(..=usize::MAX));
}
