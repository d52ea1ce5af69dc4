// An iterator of another item than the bound's `Item = u32`: E0271.
fn total(it: impl Iterator<Item = u32>) -> u32 {
    it.sum()
}

fn main() {
    let v = vec![1i64, 2];
    println!("{}", total(v.into_iter())); //~ ERROR E0271
}
