// VecDeque's insert, remove (the shorter side moves), swap, retain (kept elements swapped down, the
// rest dropped at the end), clone and ==.
use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq)]
struct Item(String);
impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    let e = d.clone();
    println!("{} {} {}", d == e, e.capacity(), d == vec![-1, 0, 1, 2]);
    d.swap(0, 3);
    println!("{:?}", d);
    println!("{:?} {:?}", d.remove(1), d);
    println!("{:?} {:?}", d.remove(1), d);
    println!("{:?}", d.remove(7));
    d.insert(0, 10);
    d.insert(3, 30);
    d.insert(2, 20);
    println!("{:?} capacity {}", d, d.capacity());
    d.retain(|x| x % 20 != 0);
    println!("{:?} {}", d, d != e);
    let mut items: VecDeque<Item> = VecDeque::new();
    for w in ["a", "b", "c", "d", "e"] {
        items.push_front(Item(w.to_string()));
    }
    items.retain(|x| x.0 != "b" && x.0 != "d");
    println!("kept {:?}", items);
    let copy = items.clone();
    items.insert(1, Item("z".to_string()));
    println!("{:?} {:?}", items, copy);
    println!("{:?}", items.remove(0));
    println!("end");
}
