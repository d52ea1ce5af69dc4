// A hand-written Ord (with PartialOrd through it), std::cmp::Reverse as a sort key, and Ord's max/min/clamp
// methods: sort uses PartialOrd::lt, max/min/binary_search/cmp use Ord::cmp, derived Ord calls the field's own.
use std::cmp::{Ordering, Reverse};
#[derive(Debug, PartialEq, Eq, Clone)]
struct Task { pri: u32, name: String }
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering { self.pri.cmp(&other.pri).then_with(|| other.name.cmp(&self.name)) }
}
impl PartialOrd for Task { fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) } }
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Wrap(Task, u8);
fn main() {
    let mut ts = vec![
        Task { pri: 2, name: "b".into() }, Task { pri: 5, name: "a".into() },
        Task { pri: 2, name: "a".into() }, Task { pri: 1, name: "z".into() },
    ];
    ts.sort();
    println!("{:?}", ts.iter().map(|t| format!("{}{}", t.pri, t.name)).collect::<Vec<_>>());
    println!("{:?}", ts.iter().max().map(|t| &t.name));
    println!("{:?}", ts.iter().min());
    println!("{:?}", ts[0].cmp(&ts[1]));
    println!("{}", ts[0] < ts[1]);
    let a = ts[0].clone(); let b = ts[3].clone();
    println!("{:?}", a.clone().max(b.clone()).name);
    println!("{:?}", std::cmp::max(a.clone(), b.clone()).name);
    println!("{:?}", ts.binary_search(&Task { pri: 2, name: "a".into() }));
    ts.sort_by_key(|t| Reverse(t.pri));
    println!("{:?}", ts.iter().map(|t| t.pri).collect::<Vec<_>>());
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by_key(|w| (Reverse(w.len()), *w));
    println!("{:?}", words);
    println!("{:?} {}", Reverse(3), Reverse(3) < Reverse(4));
    println!("{:?}", Reverse("a").cmp(&Reverse("b")));
    println!("{:?}", words.iter().max_by_key(|w| Reverse(w.len())));
    println!("{:?}", Wrap(a.clone(), 1).cmp(&Wrap(b.clone(), 0)));
    println!("{:?}", (a.clone(), 1).cmp(&(b.clone(), 0)));
    let mut ws = vec![Wrap(a.clone(), 2), Wrap(b.clone(), 1)];
    ws.sort();
    println!("{:?}", ws.iter().map(|w| w.1).collect::<Vec<_>>());
    println!("{:?}", vec![Reverse(1), Reverse(5), Reverse(3)].into_iter().max());
    let mut nums = vec![3, 1, 2];
    nums.sort_by(|x, y| y.cmp(x));
    println!("{:?}", nums);
    println!("{:?}", a.clamp(b.clone(), b.clone()).pri);
}
