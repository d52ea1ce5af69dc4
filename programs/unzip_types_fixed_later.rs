// unzip's collections may be fixed by the let's type, by `(Vec<_>, Vec<_>)`, or by a later use (a
// call taking Vec<i32>, a typed binding), as rustc's FromA/FromB obligations wait for them.
fn total(v: Vec<i32>) -> i32 { v.iter().sum() }
fn main() {
    let pairs = vec![(1, 'a'), (2, 'b')];
    let (a, b): (Vec<i32>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?}", a, b);
    let (c, d): (Vec<_>, Vec<_>) = pairs.iter().map(|&(n, ch)| (n * 2, ch)).unzip();
    println!("{:?} {:?}", c, d);
    let (e, f) = pairs.clone().into_iter().unzip();
    let g: Vec<char> = f;
    println!("{} {:?}", total(e), g);
    let (h, _): (Vec<i32>, Vec<_>) = pairs.iter().copied().unzip();
    println!("{:?}", h);
}
