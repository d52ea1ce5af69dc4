use std::collections::{HashMap, HashSet};
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let m: HashMap<&str, i32> = vec![("a", 1), ("b", 2), ("a", 3)].into_iter().collect();
    println!("{} {} {}", m["a"], m.len(), m.capacity());
    let s: HashSet<i32> = (1..5).collect();
    println!("{} {}", s.len(), s.capacity());
    let s2: HashSet<i32> = (1..50).filter(|x| x % 2 == 0).collect();
    println!("{} {}", s2.len(), s2.capacity());
    let m3: HashMap<String, usize> = ["x", "yy", "zzz"].iter().map(|w| (w.to_string(), w.len())).collect();
    println!("{:?} {}", m3.get("yy"), m3.capacity());
    let words = vec![String::from("p"), String::from("q"), String::from("p")];
    let ws: HashSet<String> = words.into_iter().collect();
    println!("{}", ws.len());
    let mv: HashMap<i32, D> = vec![(1, D("one")), (1, D("uno")), (2, D("two"))].into_iter().collect();
    println!("built {}", mv.len());
    let c = (1..4).map(|i| (i, i * i)).collect::<HashMap<_, _>>();
    println!("{}", c[&3]);
}
