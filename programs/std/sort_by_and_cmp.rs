fn main() {
    let mut v = vec![5.5, -1.0, 3.25];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
    let mut names = vec![String::from("bob"), String::from("al"), String::from("cy")];
    names.sort_by(|a, b| b.cmp(a));
    println!("{:?} {:?}", names, "a".cmp("b"));
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    pairs.sort_by(|x, y| x.0.cmp(&y.0).then_with(|| y.1.cmp(&x.1)));
    println!("{:?}", pairs);
    let t = (1, "x").cmp(&(1, "y"));
    println!("{:?} {:?} {}", t, t.reverse(), t.is_lt());
    let o = Some(3).cmp(&None);
    println!("{:?} {:?}", o, 2.5f64.partial_cmp(&f64::NAN));
    let idx = names.binary_search_by_key(&2, |s| s.len());
    println!("{:?}", idx);
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
    struct V { major: u32, minor: u32 }
    let mut vs = vec![V { major: 1, minor: 2 }, V { major: 0, minor: 9 }, V { major: 1, minor: 0 }];
    vs.sort_by(|a, b| b.cmp(a));
    println!("{:?}", vs);
    println!("{:?}", vs[0].cmp(&vs[1]));
    let words = ["apple", "Bob", "cat"];
    let mut w = words.to_vec();
    w.sort_by_key(|s| s.to_lowercase());
    println!("{:?}", w);
}
