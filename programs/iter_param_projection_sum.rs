// Without `Item = u32`, the item of `I: Iterator` is only `I::Item`: summing it into a u32 is E0277.
fn sum_it<I: Iterator>(it: I) -> u32 {
    it.sum() //~ ERROR E0277
}

fn main() {
    println!("{}", sum_it(0..3u32));
}
