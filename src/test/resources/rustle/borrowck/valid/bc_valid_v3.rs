#[derive(Debug)]
enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Named(String) }
struct Inventory { items: Vec<String>, counts: Vec<u32> }
impl Inventory {
    fn new() -> Inventory { Inventory { items: Vec::new(), counts: Vec::new() } }
    fn add(&mut self, name: &str) {
        for i in 0..self.items.len() {
            if self.items[i] == name { self.counts[i] += 1; return; }
        }
        self.items.push(name.to_string());
        self.counts.push(1);
    }
    fn find(&self, name: &str) -> Option<usize> {
        for (i, it) in self.items.iter().enumerate() { if it == name { return Some(i); } }
        None
    }
    fn name_at(&self, i: usize) -> &str { &self.items[i] }
    fn longest(&self) -> &String {
        let mut best = &self.items[0];
        for it in &self.items { if it.len() > best.len() { best = it; } }
        best
    }
}
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Named(n) => n.len() as f64,
    }
}
fn describe(s: Shape) -> String {
    match s {
        Shape::Named(n) => n,
        other => format!("{:?}", other),
    }
}
fn split_first(v: &mut Vec<i32>) -> Option<i32> {
    if v.is_empty() { return None; }
    let first = v.remove(0);
    Some(first)
}
fn main() {
    let mut inv = Inventory::new();
    inv.add("apple");
    inv.add("pear");
    inv.add("apple");
    let idx = inv.find("apple").unwrap();
    let n = inv.name_at(idx).to_string();
    inv.add(&n);
    println!("{} {}", inv.longest(), inv.counts[idx]);
    let shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Named(String::from("x"))];
    let mut sum = 0.0;
    for s in &shapes { sum += area(s); }
    for s in shapes { let d = describe(s); println!("{}", d); }
    println!("{}", sum);
    let mut v = vec![5, 6, 7];
    while let Some(x) = split_first(&mut v) { if x == 6 { v.push(100); } }
    let mut matrix = vec![vec![0; 3]; 3];
    for i in 0..3 { for j in 0..3 { matrix[i][j] = i * j; } }
    let row = &matrix[1];
    println!("{:?}", row);
    matrix[2][2] = 9;
    let mut stack: Vec<String> = Vec::new();
    stack.push(String::from("a"));
    let top = stack.last().unwrap().clone();
    stack.push(top);
    let mut cur = String::new();
    let mut parts: Vec<String> = Vec::new();
    for c in "a,b".chars() {
        if c == ',' { parts.push(cur); cur = String::new(); } else { cur.push(c); }
    }
    parts.push(cur);
    println!("{:?}", parts);
    let mut acc = Vec::new();
    let mut x = 10;
    loop {
        if x == 0 { break; }
        acc.push(x);
        x -= 1;
    }
    let label = if acc.len() > 3 { "many" } else { "few" };
    println!("{} {}", label, acc.len());
    let mut s = String::from("abc");
    let up = s.to_uppercase();
    s.push_str(&up);
    let r1 = &s;
    let r2 = &s;
    println!("{} {}", r1, r2);
    let mut val = 5;
    {
        let r = &mut val;
        *r += 1;
    }
    let rv = &val;
    println!("{}", rv);
    let mut b = Box::new(5);
    *b += 1;
    let bb = *b;
    println!("{} {}", b, bb);
    let mut bs = Box::new(String::from("boxed"));
    bs.push('!');
    let inner = *bs;
    println!("{}", inner);
    let t = (String::from("a"), String::from("b"));
    let (ta, tb) = t;
    println!("{} {}", ta, tb);
    let mut o: Option<Vec<i32>> = Some(vec![]);
    if let Some(ref mut vv) = o { vv.push(1); }
    if let Some(vv) = &mut o { vv.push(2); }
    match o { Some(ref vv) if vv.len() > 1 => println!("{:?}", vv), _ => {} }
    println!("{:?}", o);
}
