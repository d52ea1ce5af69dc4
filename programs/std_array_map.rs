//@ run-fail
// [T; N]::map: the array moved in, each element passed to the closure in order, the results in a new
// array; a panic in the closure drops what std's guard drops.
#[derive(Debug)]
struct Item(u32);
impl Drop for Item {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let a = [1, 2, 3];
    let doubled = a.map(|x| x * 2);
    println!("{:?} {:?}", a, doubled);
    let names = ["ann", "bo"].map(String::from);
    println!("{:?}", names);
    let lens = names.map(|s| s.len());
    println!("{:?}", lens);
    let items = [Item(1), Item(2)].map(|it| Item(it.0 * 10));
    println!("{:?}", items);
    let mut count = 0;
    let idx = ['a', 'b', 'c'].map(|c| { count += 1; (count, c) });
    println!("{:?} {}", idx, count);
    let f: [f64; 2] = [1.5, 2.5].map(|v| v * 2.0);
    println!("{:?}", f);
    // A panic in the closure: the results so far, the elements not yet passed and `items` are dropped.
    let r = [Item(1), Item(2), Item(3)].map(|it| {
        if it.0 == 2 {
            panic!("boom");
        }
        Item(it.0 + 100)
    });
    println!("{}", r.len());
}
