// `I: Iterator` without a binding: its item is `I::Item`, fixed at each call by the iterator passed.
fn first<I: Iterator>(mut it: I) -> Option<I::Item> {
    it.next()
}

fn count_all<I: Iterator>(it: I) -> usize {
    it.count()
}

fn all_of<I>(it: I) -> Vec<I::Item>
where
    I: Iterator,
{
    it.collect()
}

fn last_two<I: Iterator>(it: I) -> Vec<I::Item> {
    let mut v: Vec<I::Item> = it.collect();
    let n = v.len();
    v.split_off(n.saturating_sub(2))
}

fn main() {
    println!("{:?}", first(vec![3, 4].into_iter()));
    println!("{:?}", first("xy".chars()));
    println!("{:?}", first(Vec::<String>::new().into_iter()));
    println!("{}", count_all(0..7));
    println!("{:?}", all_of("abc".chars().rev()));
    println!("{:?}", last_two(vec![String::from("a"), String::from("b"), String::from("c")].into_iter()));
}
