// A turbofish names a function's declared parameters only, not its `impl Trait` ones (E0107).
fn first_or<T: Copy>(it: impl Iterator<Item = T>, d: T) -> T {
    let mut it = it;
    it.next().unwrap_or(d)
}

fn total(it: impl Iterator<Item = u32>) -> u32 {
    it.sum()
}

fn main() {
    println!("{}", first_or::<u8>(5..9, 0));
    println!("{}", total::<std::ops::Range<u32>>(0..3)); //~ ERROR E0107
}
