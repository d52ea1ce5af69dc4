// VecDeque, BinaryHeap, BTreeMap and BTreeSet inside derived types: Default, Clone (a VecDeque clones
// its ring through its own impl, not field by field), PartialEq and Debug (also {:#?}), and as the value
// std makes for a table entry's or_default.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque, HashMap};
#[derive(Debug, Clone, PartialEq, Default)]
struct S { q: VecDeque<i32>, m: BTreeMap<u8, char>, s: BTreeSet<i32> }
#[derive(Debug, Clone)]
struct H { h: BinaryHeap<u8> }
fn main() {
    let mut a = S::default();
    a.q.push_back(1); a.q.push_front(0);
    a.m.insert(2, 'x');
    a.s.insert(5);
    let b = a.clone();
    println!("{:?}", b);
    println!("{}", a == b);
    let mut c = b.clone();
    c.q.push_back(9);
    println!("{} {:#?}", a == c, c);
    let o = Some(VecDeque::from(vec![1, 2]));
    println!("{:?}", o);
    let mut hm: HashMap<u8, VecDeque<u8>> = HashMap::new();
    hm.entry(1).or_default().push_back(3);
    println!("{:?}", hm);
    let h = H { h: BinaryHeap::from(vec![1, 5, 2]) };
    println!("{:?}", h.clone());
    let v = vec![VecDeque::from([1]), VecDeque::new()];
    println!("{:?} {}", v, v[0] == v[1]);
    let z: VecDeque<()> = VecDeque::from(vec![(), ()]);
    println!("{:?} {}", z, z.len());
    let t = (VecDeque::from([3]), BTreeSet::from([1]));
    println!("{:?}", t);
}
