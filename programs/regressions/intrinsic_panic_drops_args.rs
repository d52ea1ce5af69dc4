//@ run-fail
// `Vec::insert` past the end panics before it takes the element: the element is dropped while
// unwinding, then the vector.
struct N(u32);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut v = vec![N(1), N(2)];
    v.insert(1, N(3));
    println!("{}", v.len());
    v.insert(7, N(4));
}
