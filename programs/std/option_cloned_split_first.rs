// Option<&T>::cloned (and copied) after first/get, and slice split_first/split_last, whose parts
// borrow the slice.
use std::collections::HashMap;

fn sum(xs: &[i64]) -> i64 {
    match xs.split_first() {
        Some((h, rest)) => *h + sum(rest),
        None => 0,
    }
}

fn main() {
    let names = vec![String::from("ada"), String::from("bob")];
    let first: Option<String> = names.first().cloned();
    let none: Option<String> = names.get(5).cloned();
    println!("{:?} {:?} {}", first, none, names.len());
    let rows = vec![vec![1, 2], vec![3]];
    let row = rows.last().cloned().unwrap_or_default();
    println!("{:?}", row);
    let mut m = HashMap::new();
    m.insert("k", 7u8);
    println!("{:?} {:?}", m.get("k").copied(), m.get("z").cloned());

    let v = vec![5i64, 6, 7, 8];
    println!("{}", sum(&v));
    if let Some((last, init)) = v.split_last() {
        println!("{} {:?}", last, init);
    }
    let arr = [9u8];
    println!("{:?} {:?}", arr.split_first(), arr[1..].split_last());
    let (h, t) = names.split_first().unwrap();
    println!("{} {:?}", h, t);
}
