// max_by keeps the last maximum, min_by the first minimum (std folds compare(&best, &next)); the
// people vector is consumed, and the items not kept are dropped. Expected output from rustc 1.95.
#[derive(Debug)]
struct P { name: String, age: u32 }
fn main() {
    let v = vec![3, 7, 1, 7, 2, 1];
    println!("{:?} {:?}", v.iter().max_by(|a, b| a.cmp(b)), v.iter().min_by(|a, b| a.cmp(b)));
    let idx: Vec<(usize, &i32)> = v.iter().enumerate().collect();
    println!("{:?}", idx.iter().max_by(|a, b| a.1.cmp(b.1)));
    println!("{:?}", idx.iter().min_by(|a, b| a.1.cmp(b.1)));
    let fs = vec![2.5, -1.0, 9.75, 3.0];
    println!("{:?}", fs.iter().copied().max_by(|a: &f64, b: &f64| a.partial_cmp(b).unwrap()));
    let people = vec![P { name: "ann".into(), age: 30 }, P { name: "bo".into(), age: 25 }, P { name: "cy".into(), age: 30 }];
    let oldest = people.into_iter().max_by(|a, b| a.age.cmp(&b.age)).unwrap();
    println!("{:?}", oldest);
    let e: Vec<i32> = Vec::new();
    println!("{:?}", e.iter().min_by(|a, b| a.cmp(b)));
    let words = vec!["kiwi", "fig", "banana", "plum"];
    println!("{:?}", words.iter().min_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))));
}
