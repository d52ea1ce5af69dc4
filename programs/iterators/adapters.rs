// Iterator adapters and consumers taking closures: the closures capture by reference or by move,
// owned items (Strings) that a filter rejects are dropped, and collected Vecs/Strings are heap blocks.
fn main() {
    let v = vec![4, 7, 1, 8, 3, 6];
    let k = 10;
    let scaled: Vec<i32> = v.iter().map(|x| x * k).filter(|x| *x > 30).collect();
    println!("{:?}", scaled);
    let sum: i32 = v.iter().copied().filter(|x| x % 2 == 1).sum();
    let prod: i64 = (1..=10).map(|x| x as i64).product();
    println!("{} {}", sum, prod);
    println!("{}", v.iter().fold(0, |acc, x| acc * 2 + x));
    println!("{} {}", v.iter().any(|&x| x > 7), v.iter().all(|&x| x > 0));
    println!("{:?} {:?}", v.iter().position(|&x| x == 8), v.iter().find(|&&x| x > 100));
    let words = vec![String::from("apple"), String::from("fig"), String::from("banana")];
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    let shortest = words.iter().min_by_key(|w| w.len()).unwrap();
    println!("{} {}", longest, shortest);
    let owned: Vec<String> = words.clone().into_iter().filter(|w| w.len() > 3).collect();
    println!("{:?}", owned);
    let lens: Vec<usize> = words.iter().map(|w| w.len()).rev().collect();
    println!("{:?}", lens);
    let joined: String = words.iter().map(|w| w.as_str()).collect();
    println!("{}", joined);
    let firsts: String = words.iter().filter_map(|w| w.chars().next()).collect();
    println!("{}", firsts);
    let pairs: Vec<(usize, char)> = "héllo".char_indices().collect();
    println!("{:?}", pairs);
    let taken: Vec<i32> = v.iter().cloned().take_while(|&x| x != 8).collect();
    let skipped: Vec<i32> = v.iter().cloned().skip_while(|&x| x != 8).collect();
    println!("{:?} {:?}", taken, skipped);
    let chained: Vec<i32> = v.iter().take(2).chain(v.iter().skip(4)).cloned().collect();
    println!("{:?}", chained);
    let flat: Vec<i32> = (1..4).flat_map(|n| vec![n; n as usize]).collect();
    println!("{:?}", flat);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let all: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", all);
    let mut count = 0;
    v.iter().for_each(|x| count += x);
    println!("{}", count);
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            print!("{}<{} ", x, next);
        }
    }
    println!();
    let mut it2 = v.iter();
    println!("{:?} {:?} {:?}", it2.nth(1), it2.nth(0), it2.nth(10));
    let prefix = String::from("n");
    let names: Vec<String> = (1..=3).map(move |i| format!("{}{}", prefix, i)).collect();
    println!("{:?}", names);
    let total: usize = names.iter().map(|s| s.len()).sum();
    println!("{} {}", total, names.iter().map(|s| s.len()).count());
    let zipped: Vec<(i32, &String)> = v.iter().copied().zip(names.iter()).collect();
    println!("{:?}", zipped);
    let found = (1..100).find_map(|x| if x * x > 50 { Some(x * 10) } else { None });
    println!("{:?}", found);
    let windows: Vec<i32> = v.windows(2).map(|w| w[0] + w[1]).collect();
    let chunks: Vec<Vec<i32>> = v.chunks(4).map(|c| c.to_vec()).collect();
    println!("{:?} {:?}", windows, chunks);
}
