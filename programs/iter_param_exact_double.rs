// `ExactSizeIterator` and `DoubleEndedIterator` bounds on an iterator parameter give `len` and `rev`.
fn sized<I: ExactSizeIterator<Item = u32>>(it: I) -> usize {
    it.len()
}

fn both<I: Iterator<Item = u32> + ExactSizeIterator>(it: I) -> (usize, u32) {
    (it.len(), it.sum())
}

fn back<I: DoubleEndedIterator<Item = u32>>(it: I) -> Vec<u32> {
    it.rev().collect()
}

fn main() {
    println!("{}", sized(vec![1u32, 2].into_iter()));
    println!("{:?}", both(1..4));
    println!("{:?}", back(1..4));
    println!("{:?}", back("ab".chars().map(|c| c as u32)));
}
