// `&mut it` passed for an iterator parameter (std's `impl Iterator for &mut I`): the callee steps the
// caller's iterator, which keeps what is left.
fn total(it: impl Iterator<Item = u32>) -> u32 {
    it.sum()
}

fn firsts<I: Iterator<Item = u32>>(it: I) -> Vec<u32> {
    it.take(2).collect()
}

fn split<I: Iterator<Item = u32>>(mut it: I) -> (u32, u32) {
    let a = total(it.by_ref().take(2));
    (a, total(&mut it))
}

fn each<I: IntoIterator<Item = char>>(items: I) -> String {
    let mut s = String::new();
    for c in items {
        s.push(c);
        if c == 'b' {
            break;
        }
    }
    s
}

fn main() {
    let mut r = 1..10u32;
    println!("{:?}", firsts(&mut r));
    println!("{:?}", r);
    println!("{}", total(&mut r));
    println!("{:?}", r);
    println!("{:?}", split(1..6));
    let mut cs = "abcd".chars();
    println!("{}", each(&mut cs));
    println!("{:?}", cs.as_str());
}
