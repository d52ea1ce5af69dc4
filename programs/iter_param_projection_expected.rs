// `I::Item` is what the argument yields: a call whose result is expected to hold another item type is
// a type mismatch of the call (E0308).
fn first<I: Iterator>(mut it: I) -> Option<I::Item> {
    it.next()
}

fn main() {
    let x: Option<u8> = first(vec![1i32].into_iter()); //~ ERROR E0308
    println!("{:?}", x);
}
