struct Counter { n: i32, items: Vec<String> }
impl Counter {
    fn bump(&mut self) -> i32 { self.n += 1; self.n }
    fn get(&self) -> i32 { self.n }
    fn first(&self) -> &String { &self.items[0] }
    fn add(&mut self, s: String) { self.items.push(s); }
    fn into_items(self) -> Vec<String> { self.items }
}
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }
fn push_all(v: &mut Vec<i32>, n: i32) { for i in 0..n { v.push(i); } }
fn first_word(s: &str) -> &str { &s[..1] }
fn modify(v: &mut Vec<i32>) { v.push(1); let r = &mut *v; r.push(2); v.push(3); }
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len() as i32);
    let r = &mut v;
    r.push(1);
    println!("{}", v.len());
    let first = v[0];
    v.push(first);
    let mut c = Counter { n: 0, items: vec![String::from("a")] };
    let x = c.bump() + c.get();
    c.add(String::from("b"));
    let f = c.first().clone();
    c.add(f);
    println!("{} {}", x, c.first());
    let items = c.into_items();
    println!("{:?}", items);
    let s1 = String::from("hello");
    let res;
    {
        let s2 = String::from("hi");
        res = longest(s1.as_str(), s2.as_str()).len();
    }
    println!("{}", res);
    let mut total = 0;
    for i in 0..10 { total += i; }
    let mut w = Vec::new();
    push_all(&mut w, 3);
    push_all(&mut w, 2);
    let rw = &mut w;
    push_all(rw, 1);
    push_all(rw, 1);
    modify(rw);
    modify(&mut w);
    println!("{} {:?}", total, w);
    let text = String::from("abc def");
    let fw = first_word(&text);
    println!("{}", fw);
    let mut s = String::new();
    for word in ["a", "b"] { s.push_str(word); }
    let len = s.len();
    s.push_str(&len.to_string());
    let mut opt = Some(String::from("x"));
    if let Some(ref mut inner) = opt { inner.push('y'); }
    match &opt { Some(v) => println!("{}", v), None => {} }
    let taken = opt.take();
    println!("{:?} {:?}", taken, opt);
    let mut nums = vec![3, 1, 2];
    let m: Option<i32> = Some(nums[0]);
    nums.push(m.unwrap_or(0));
    let mut k;
    k = 5;
    k += 1;
    let z;
    if k > 3 { z = 1; } else { z = 2; }
    println!("{} {}", k, z);
    let data = vec![String::from("p"), String::from("q")];
    for d in &data { println!("{}", d); }
    for d in data { println!("{}", d); }
    let mut grid = [[0; 3]; 3];
    grid[1][2] = 5;
    let row = &mut grid[0];
    row[0] = 1;
    println!("{:?}", grid);
    let mut a = String::from("a");
    let b = &mut a;
    b.push('c');
    let bb = &*b;
    println!("{}", bb);
    println!("{}", a);
}
