// `impl Iterator<Item = T>` in argument position: for loops, adapters, consumers and `next` on it.
fn show(it: impl Iterator<Item = i32>) {
    for x in it {
        print!("{} ", x);
    }
    println!();
}

fn doubled(it: impl Iterator<Item = i32>) -> Vec<i32> {
    it.map(|x| x * 2).collect::<Vec<_>>()
}

fn evens(it: impl Iterator<Item = i32>) -> usize {
    it.filter(|x| x % 2 == 0).count()
}

fn biggest(it: impl Iterator<Item = i32>) -> Option<i32> {
    it.max()
}

fn numbered(it: impl Iterator<Item = i32>) {
    for (i, x) in it.enumerate() {
        println!("{}: {}", i, x);
    }
}

fn pairs(it: impl Iterator<Item = i32>, other: impl Iterator<Item = char>) -> Vec<(i32, char)> {
    it.zip(other).collect()
}

fn drain(mut it: impl Iterator<Item = i32>) -> i32 {
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

fn take_two(it: &mut impl Iterator<Item = i32>) -> i32 {
    it.next().unwrap() + it.next().unwrap()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    show(v.iter().map(|a| a * 10));
    println!("{:?}", doubled(v.iter().copied()));
    println!("{}", evens(0..10));
    println!("{:?}", biggest(v.iter().cloned()));
    numbered(5..8);
    println!("{:?}", pairs(1..4, "abc".chars()));
    println!("{}", drain(v.into_iter()));
    let mut r = 1..10;
    println!("{}", take_two(&mut r));
    println!("{:?}", r);
}
