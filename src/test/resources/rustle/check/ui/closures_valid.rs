// Closures rustc accepts: disjoint field captures, FnMut calls, closures given to adapters and consumers
// whose captures the produced items do not borrow, closure bodies returning borrows of their captures.
struct Counter { items: Vec<i32>, factor: i32, hits: u32 }
impl Counter {
    fn scale(&mut self) {
        let f = self.factor;
        self.items.iter_mut().for_each(|i| *i *= f);
        let factor = &self.factor;
        self.items.iter_mut().for_each(|i| *i += *factor);
    }
    fn count(&mut self) -> usize {
        let mut bump = || self.hits += 1;
        bump();
        bump();
        self.items.iter().filter(|x| **x > self.factor).count()
    }
}
fn apply<F: FnMut(i32)>(mut f: F) { f(1); f(2); }
fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    contents.lines().filter(|line| line.contains(query)).collect()
}
fn matching<'a>(items: &'a [String], pat: &str) -> Option<&'a String> {
    items.iter().filter(|s| s.contains(pat)).next()
}
fn main() {
    let mut c = Counter { items: vec![1, 2, 3], factor: 2, hits: 0 };
    c.scale();
    let cnt = c.count();
    println!("{:?} {}", c.items, cnt);
    let mut total = 0;
    apply(|x| total += x);
    println!("{}", total);
    let mut seen = Vec::new();
    let v = vec![3, 1, 3, 2];
    let mut uniq: Vec<i32> = v.iter().copied().filter(|x| { if seen.contains(x) { false } else { seen.push(*x); true } }).collect();
    uniq.sort();
    println!("{:?} {:?}", uniq, seen);
    let mut n = 0;
    {
        let mut inc = || { n += 1; n };
        inc();
        let k = inc();
        println!("k={}", k);
    }
    n += 10;
    println!("{}", n);
    let r = &mut n;
    let mut via = || *r += 1;
    via();
    via();
    println!("{}", n);
    let mut words = vec![String::from("b"), String::from("a")];
    let mut calls = 0;
    words.sort_by(|a, b| { calls += 1; a.cmp(b) });
    println!("{:?} {}", words, calls);
    let mut p = (1, String::from("x"));
    let mut g = || p.1.push('y');
    g();
    let first = &p.0;
    println!("{} {}", first, p.1);
    let name = String::from("n");
    let greet = |g: &str| format!("{} {}", g, name);
    println!("{}", greet("hi"));
    println!("{}", name);
    let mut stack = vec![1];
    let mut push = |x| stack.push(x);
    push(2);
    push(3);
    println!("{:?}", stack);
    let mut m = std::collections::HashMap::new();
    let mut add = |k: &str| *m.entry(k.to_string()).or_insert(0) += 1;
    add("a");
    add("a");
    println!("{:?}", m.get("a"));
    let list = vec![1, 2, 3];
    let only_borrows = || println!("From closure: {list:?}");
    println!("Before calling closure: {list:?}");
    only_borrows();
    println!("After calling closure: {list:?}");
    println!("{:?} {:?}", search("a", "ab\ncd\nxa"), matching(&[String::from("x")], "x"));
    let v = vec![String::from("x"), String::from("yy")];
    let get = |i: usize| &v[i];
    let lens: Vec<usize> = v.iter().map(|s| s.len()).collect();
    println!("{} {:?} {:?}", get(1), lens, v.iter().find(|s| s.len() == get(0).len()));
}
