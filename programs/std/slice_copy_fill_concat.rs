//@ run-fail
// copy_from_slice (and its length-mismatch panic), fill, and concat/join of slices of Vecs with std's exact capacities.
fn main() {
    let mut a = [0; 3];
    a.copy_from_slice(&[1, 2, 3]);
    println!("{:?}", a);
    let mut v = vec![0u8; 4];
    v[1..3].copy_from_slice(&[7, 8]);
    println!("{:?}", v);
    let mut w = vec![String::new(); 3];
    w.fill(String::from("x"));
    println!("{:?}", w);
    let mut z = [1.5f64; 2];
    z.fill(0.0);
    println!("{:?}", z);
    let c = [vec![1], vec![2, 3]].concat();
    println!("{:?} {}", c, c.capacity());
    let vv = vec![vec![1, 2], vec![3], vec![]];
    let j = vv.join(&0);
    println!("{:?} {}", j, j.capacity());
    let e: Vec<Vec<i32>> = Vec::new();
    println!("{:?} {:?}", e.concat(), e.join(&9));
    let words = vec![vec!["a", "b"], vec!["c"]];
    println!("{:?}", words.concat());
    let b = vec![1, 2];
    a[..2].copy_from_slice(&b[..]);
    println!("{:?}", a);
    a.copy_from_slice(&b);
}
