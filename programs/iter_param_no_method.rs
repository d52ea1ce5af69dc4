// An iterator parameter has Iterator's methods only: `len` needs ExactSizeIterator (E0599).
fn size<I: Iterator<Item = u8>>(it: I) -> usize {
    it.len() //~ ERROR E0599
}

fn main() {
    println!("{}", size([1u8, 2].into_iter()));
}
