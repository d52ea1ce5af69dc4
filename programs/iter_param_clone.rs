// std's iterators are Clone when what they hold is: an `I: Iterator + Clone` parameter takes a range,
// `chars()` or a slice iterator, and its clone steps on its own.
fn twice<I: Iterator<Item = u32> + Clone>(it: I) -> u32 {
    let copy = it.clone();
    it.sum::<u32>() + copy.count() as u32
}

fn cl<T: Clone>(t: T) -> T {
    t.clone()
}

fn pk(it: impl Iterator<Item = u32>) {
    let mut p = it.peekable();
    while let Some(x) = p.next() {
        if p.peek().is_some() {
            print!("{},", x);
        } else {
            println!("{}", x);
        }
    }
}

fn split(mut it: impl Iterator<Item = u32>) -> (u32, u32) {
    let a: u32 = it.by_ref().take(2).sum();
    (a, it.sum())
}

fn chained<I: Iterator<Item = u32>>(it: I) -> Vec<u32> {
    it.chain(10..12).collect()
}

fn main() {
    println!("{}", twice(1..4));
    println!("{:?}", cl(1..4u8));
    println!("{}", cl("ab".chars()).count());
    let v = vec![3, 4];
    println!("{}", twice(v.iter().copied()));
    pk(vec![1, 2, 3].into_iter());
    println!("{:?}", split(1..6));
    println!("{:?}", chained(0..2));
}
