// Passing a value that is no iterator for an iterator parameter: E0277.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn main() {
    let v = vec![1u32, 2];
    println!("{}", total(v)); //~ ERROR E0277
}
