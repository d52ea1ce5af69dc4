// `I: IntoIterator` parameters: `for` over them and `into_iter()`, with a Vec, an array, a range,
// a borrowed Vec, a HashMap or an iterator passed.
use std::collections::HashMap;

fn to_vec<I: IntoIterator>(items: I) -> Vec<I::Item> {
    items.into_iter().collect()
}

fn total<I: IntoIterator<Item = u32>>(items: I) -> u32 {
    items.into_iter().sum()
}

fn show<T: std::fmt::Debug, I: IntoIterator<Item = T>>(items: I) {
    for x in items {
        print!("{:?} ", x);
    }
    println!();
}

fn via<I: IntoIterator<Item = i32>>(items: I) -> i32 {
    let it = items.into_iter();
    it.fold(0, |a, b| a * 10 + b)
}

fn nested<I: IntoIterator<Item = i32>>(items: I) -> i32 {
    via(items)
}

fn main() {
    println!("{:?}", to_vec(vec![String::from("a"), String::from("b")]));
    println!("{:?}", to_vec([1, 2]));
    let v = vec![5, 6];
    println!("{:?}", to_vec(&v));
    let mut m = HashMap::new();
    m.insert(1, 'x');
    println!("{:?}", to_vec(m));
    println!("{}", total(vec![1, 2]));
    println!("{}", total(1..4));
    println!("{}", total([4u32, 5]));
    show(vec!["a", "b"]);
    show(&v);
    show(v.iter().map(|x| x * 3));
    println!("{}", nested(vec![1, 2, 3]));
    println!("{}", via(1..4));
}
