// A filter does not know its length: passing it for `I: ExactSizeIterator` is E0277.
fn sized<I: Iterator<Item = u32> + ExactSizeIterator>(it: I) -> usize {
    it.len()
}

fn main() {
    println!("{}", sized((1..4u32).filter(|x| x % 2 == 0))); //~ ERROR E0277
}
