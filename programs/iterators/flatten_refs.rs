// flatten/flat_map over references to Vecs, arrays and slices iterate their elements (they yielded
// nothing before); flatten of arrays by value is reported as unsupported.
fn main() {
    let vv = vec![vec![1, 2], vec![3]];
    let a: Vec<&i32> = vv.iter().flatten().collect();
    println!("{:?} {}", a, a.capacity());
    let aa = [[1, 2], [3, 4]];
    let b: Vec<i32> = aa.iter().flatten().copied().collect();
    println!("{:?} {}", b, b.capacity());
    let s: &[Vec<i32>] = &vv;
    let c: Vec<i32> = s.iter().flat_map(|v| v).map(|x| x + 1).collect();
    println!("{:?} {}", c, c.capacity());
    let mut total = 0;
    for x in vv.iter().flatten() { total += x; }
    println!("{}", total);
}
