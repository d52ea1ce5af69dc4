struct Store { keys: Vec<String>, vals: Vec<i32> }
impl Store {
    fn find_mut(&mut self, k: &str) -> Option<&mut i32> {
        for i in 0..self.keys.len() {
            if self.keys[i] == k { return Some(&mut self.vals[i]); }
        }
        None
    }
    fn insert(&mut self, k: &str, v: i32) { self.keys.push(k.to_string()); self.vals.push(v); }
    fn bump(&mut self, k: &str) {
        if let Some(x) = self.find_mut(k) { *x += 1; } else { self.insert(k, 1); }
    }
}
fn fill(buf: &mut [i32], start: i32) { for i in 0..buf.len() { buf[i] = start + i as i32; } }
fn count_down(v: &mut Vec<i32>, n: i32) { if n == 0 { return; } v.push(n); count_down(v, n - 1); }
fn main() {
    let mut s = Store { keys: Vec::new(), vals: Vec::new() };
    s.bump("a");
    s.bump("a");
    s.bump("b");
    let mut v = vec![1, 2];
    if let Some(x) = v.get_mut(0) { *x += 1; } else { v.push(1); }
    let a = String::from("x");
    let b = String::from("y");
    match (&a, &b) { (p, q) if p < q => println!("{}", p), (_, q) => println!("{}", q) }
    let mut arr = [0; 5];
    fill(&mut arr, 10);
    let sl = &arr[1..3];
    println!("{:?}", sl);
    arr[0] = 1;
    let mut out = Vec::new();
    count_down(&mut out, 3);
    println!("{:?} {:?} {:?}", s.vals, v, out);
}
