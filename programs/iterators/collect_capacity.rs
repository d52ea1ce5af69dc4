// collect() sizes the Vec as std's FromIterator does: a TrustedLen iterator (ranges, slice and vec
// iterators, and map/enumerate/zip/rev/copied/cloned/chain/take/peekable over them) allocates its
// exact length once; any other takes its first item, allocates max(4, lower bound + 1) from its
// size_hint (8 for bytes), and reserves lower + 1 more each time the buffer is full.
use std::collections::HashMap;

fn main() {
    let v = vec![4, 4];
    let w = vec![1, 2, 3];
    // TrustedLen: exactly the length.
    let a: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("iter().map          len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..5).collect();
    println!("range               len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..=4).collect();
    println!("range inclusive     len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..).take(7).collect();
    println!("range from take     len {} cap {}", a.len(), a.capacity());
    let a: Vec<(usize, &i32)> = v.iter().enumerate().collect();
    println!("enumerate           len {} cap {}", a.len(), a.capacity());
    let a: Vec<(&i32, i32)> = v.iter().zip(0..10).collect();
    println!("zip                 len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = w.iter().rev().copied().collect();
    println!("rev copied          len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = w.iter().cloned().collect();
    println!("cloned              len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..3).chain(5..9).collect();
    println!("chain               len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..2).peekable().collect();
    println!("peekable            len {} cap {}", a.len(), a.capacity());
    let a: Vec<u8> = "hello".bytes().collect();
    println!("bytes               len {} cap {}", a.len(), a.capacity());
    let a: Vec<&[i32]> = w.chunks(2).collect();
    println!("chunks              len {} cap {}", a.len(), a.capacity());
    let a: Vec<&[i32]> = w.windows(2).collect();
    println!("windows             len {} cap {}", a.len(), a.capacity());
    let a: Vec<String> = vec!["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    println!("to_string           len {} cap {}", a.len(), a.capacity());
    // skip and step_by are TrustedLen over random-access iterators (ranges, slices) only.
    let a: Vec<i32> = (0..4).skip(2).collect();
    println!("range skip          len {} cap {}", a.len(), a.capacity());
    let a: Vec<&i32> = w.iter().rev().skip(1).collect();
    println!("rev skip            len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..5).step_by(2).collect();
    println!("range step_by       len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..3).take(2).skip(1).collect();
    println!("take skip           len {} cap {}", a.len(), a.capacity());
    // Not TrustedLen: first item, then max(4, lower + 1), then reserve(lower + 1) when full.
    let a: Vec<i32> = v.iter().filter(|x| **x > 0).cloned().collect();
    println!("filter cloned       len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..5).filter(|x| x % 2 == 0).collect();
    println!("range filter        len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..20).filter(|_| true).collect();
    println!("filter 20           len {} cap {}", a.len(), a.capacity());
    let a: Vec<u8> = (0..3u8).filter(|_| true).collect();
    println!("u8 filter           len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..10).inspect(|_| {}).collect();
    println!("inspect 10          len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..2).inspect(|_| {}).collect();
    println!("inspect 2           len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..10).filter_map(|x| if x > 2 { Some(x) } else { None }).collect();
    println!("filter_map          len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..3).flat_map(|x| vec![x, x]).collect();
    println!("flat_map            len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = vec![vec![1], vec![2, 3]].into_iter().flatten().collect();
    println!("flatten             len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..10).take_while(|x| *x < 6).collect();
    println!("take_while          len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..10).skip_while(|x| *x < 6).collect();
    println!("skip_while          len {} cap {}", a.len(), a.capacity());
    let a: Vec<char> = "héllo".chars().collect();
    println!("chars               len {} cap {}", a.len(), a.capacity());
    let a: Vec<char> = "ab".chars().rev().collect();
    println!("chars rev           len {} cap {}", a.len(), a.capacity());
    let a: Vec<(usize, char)> = "abc".char_indices().collect();
    println!("char_indices        len {} cap {}", a.len(), a.capacity());
    let a: Vec<&str> = "a b c d e".split(' ').collect();
    println!("split               len {} cap {}", a.len(), a.capacity());
    let a: Vec<&str> = "a b c d e".split_whitespace().collect();
    println!("split_whitespace    len {} cap {}", a.len(), a.capacity());
    let a: Vec<&str> = "a\nb\nc".lines().collect();
    println!("lines               len {} cap {}", a.len(), a.capacity());
    let mut h = HashMap::new();
    h.insert(1, 2);
    h.insert(3, 4);
    let a: Vec<&i32> = h.keys().collect();
    println!("hashmap keys        len {} cap {}", a.len(), a.capacity());
    let a: Vec<(i32, i32)> = h.into_iter().collect();
    println!("hashmap into_iter   len {} cap {}", a.len(), a.capacity());
    // Nothing to collect: no allocation.
    let a: Vec<i32> = (0..0).collect();
    println!("empty range         len {} cap {}", a.len(), a.capacity());
    let a: Vec<i32> = (0..9).filter(|_| false).collect();
    println!("nothing passes      len {} cap {}", a.len(), a.capacity());
}
