// A shared borrow of a constant expression (literals, arrays and tuples of them) is promoted by rustc to
// a static: an iterator over `[1, 2, 3]` may outlive the statement that made it. A mutable borrow or a
// heap value is not promoted (E0716 there, see e0716_temporary_dropped.rs).
fn main() {
    let mut it = [10, 20, 30].iter().peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(next) => println!("{} before {}", x, next),
            None => println!("{} last", x),
        }
    }
    let pair: &(i32, char) = &(7, 'q');
    let sum: u32 = [3u32; 4].iter().sum();
    let mut words = ["b", "a"].iter();
    let first = words.next();
    println!("{:?} {} {:?} {:?}", pair, sum, first, words.next());
}
