// std's Pattern is a char, a string, chars or a FnMut(char) -> bool: another type is E0277, a closure
// taking another type E0631, one returning another type E0271 (rustle ran them into an internal error).
fn main() {
    let s = "a1 b2";
    println!("{}", s.contains(5u8)); //~ ERROR E0277
    println!("{:?}", s.find(|c: u8| c == b'1')); //~ ERROR E0631
    println!("{:?}", s.find(|c: char| 1)); //~ ERROR E0271
    println!("{:?}", s.find(|c| c == '1'));
}
