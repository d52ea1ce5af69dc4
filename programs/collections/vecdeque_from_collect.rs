// VecDeque from a Vec (its buffer is taken over: same capacity), from an array, collected (a Vec
// collected, then converted, as std's FromIterator does) and extended (reserving as std's spec_extend).
use std::collections::VecDeque;

fn main() {
    let mut v = Vec::with_capacity(10);
    v.extend([1, 2, 3]);
    let mut d = VecDeque::from(v);
    println!("{:?} capacity {}", d, d.capacity());
    d.extend(vec![7, 8]);
    d.extend([9, 10].iter());
    println!("{:?} capacity {}", d, d.capacity());
    let mut small = VecDeque::from([5, 6]);
    println!("{:?} capacity {}", small, small.capacity());
    small.extend((0..20).filter(|x| x % 7 == 0));
    println!("{:?} capacity {}", small, small.capacity());
    let c: VecDeque<i32> = (1..4).collect();
    println!("{:?} capacity {}", c, c.capacity());
    let words: VecDeque<&str> = "to be or not".split(' ').collect();
    println!("{:?} capacity {}", words, words.capacity());
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("{:?}", lens);
    let back: Vec<i32> = d.into_iter().collect();
    println!("{:?}", back);
    let mut zipped = Vec::new();
    for (a, b) in c.iter().zip(&small) {
        zipped.push(a * b);
    }
    println!("{:?}", zipped);
}
