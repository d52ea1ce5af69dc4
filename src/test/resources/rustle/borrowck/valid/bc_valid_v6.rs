struct Parser<'a> { input: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> { Parser { input, pos: 0 } }
    fn next_word(&mut self) -> Option<&'a str> {
        if self.pos >= self.input.len() { return None; }
        let start = self.pos;
        self.pos = self.input.len();
        Some(&self.input[start..])
    }
    fn rest(&self) -> &str { &self.input[self.pos..] }
}
struct Account { owner: String, total: i64, history: Vec<i64> }
impl Account {
    fn deposit(&mut self, x: i64) { self.total += x; self.history.push(x); }
    fn total_mut(&mut self) -> &mut i64 { &mut self.total }
    fn owner(&self) -> &String { &self.owner }
    fn summary(&mut self) { self.total += self.history.len() as i64; let n = self.history.len(); self.history.push(n as i64); }
}
fn find<'a>(v: &'a [String], k: &str) -> Option<&'a String> {
    for s in v { if s == k { return Some(s); } }
    None
}
fn bigger<'a>(a: &'a mut Vec<i32>, b: &'a mut Vec<i32>) -> &'a mut Vec<i32> { if a.len() > b.len() { a } else { b } }
fn main() {
    let text = String::from("hello world");
    let mut p = Parser::new(&text);
    let w = p.next_word();
    let r = p.rest();
    println!("{:?} {}", w, r);
    let mut acc = Account { owner: String::from("o"), total: 0, history: Vec::new() };
    acc.deposit(5);
    *acc.total_mut() += 1;
    let t = acc.total_mut();
    *t *= 2;
    acc.summary();
    let o = acc.owner().clone();
    acc.deposit(1);
    println!("{} {}", o, acc.owner());
    let names = vec![String::from("a"), String::from("b")];
    let found = find(&names, "b");
    println!("{:?}", found);
    let mut v = vec![1, 2, 3];
    for i in 0..v.len() { v[i] *= 2; }
    let tmp = v[0]; v[0] = v[2]; v[2] = tmp;
    if let Some(x) = v.get_mut(0) { *x += 1; }
    v.push(1);
    let mut grid: Vec<Vec<i32>> = vec![Vec::new(), Vec::new()];
    for i in 0..2 { grid[i].push(i as i32); let l = grid[i].len(); grid[i].push(l as i32); }
    let mut a = vec![1];
    let mut b = vec![1, 2];
    let big = bigger(&mut a, &mut b);
    big.push(3);
    println!("{:?} {:?}", a, b);
    let x;
    loop { x = 1; break; }
    let y;
    match x { 0 => y = 1, _ => y = 2 }
    let mut cnt = 0;
    'outer: for i in 0..3 {
        for j in 0..3 {
            if j == 2 { continue 'outer; }
            if i == 2 { break 'outer; }
            cnt += 1;
        }
    }
    let found2 = loop { cnt += 1; if cnt > 10 { break cnt * 2; } };
    println!("{} {} {} {}", x, y, cnt, found2);
    let mut s = String::from("  abc  ");
    let s2 = s.trim().to_string();
    s = s2;
    let sl = &s[1..2];
    println!("{}", sl);
    let bx = Box::new(vec![1, 2]);
    let n = bx.len();
    let mut bm = Box::new(vec![1]);
    bm.push(n as i32);
    let rr = &mut bm;
    rr.push(2);
    println!("{:?}", bm);
    let val = 5;
    let rv = &val;
    let copied = *rv;
    let mut m = 1;
    let rm = &m;
    let c2 = *rm;
    m += c2;
    println!("{} {}", copied, m);
    let mut pair = (vec![1], vec![2]);
    std::mem::swap(&mut pair.0, &mut pair.1);
    let (p0, p1) = (&mut pair.0, &mut pair.1);
    p0.push(1);
    p1.push(2);
}
