// A generic parameter bound by `Iterator<Item = T>` (inline or in a where clause) takes any iterator
// of that item: each call runs the body over the concrete iterator passed.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn total_where<I>(it: I) -> u32
where
    I: Iterator<Item = u32>,
{
    it.fold(1, |acc, x| acc + x)
}

fn count_l<I: Iterator<Item = char>>(it: I) -> usize {
    it.filter(|c| *c == 'l').count()
}

fn main() {
    let v = vec![1u32, 2, 3];
    println!("{}", total(v.iter().copied()));
    println!("{}", total_where(v.iter().map(|a| a * 2)));
    println!("{}", total(0..10));
    println!("{}", total(v.into_iter()));
    println!("{}", count_l("hello world".chars()));
}
