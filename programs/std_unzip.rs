// Iterator::unzip into two Vecs: std reserves the lower size hint in both, then pushes (capacities shown).
fn main() {
    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let (nums, chars): (Vec<i32>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?} {} {}", nums, chars, nums.capacity(), chars.capacity());
    let (a, b): (Vec<_>, Vec<_>) = pairs.into_iter().filter(|p| p.0 != 2).unzip();
    println!("{:?} {:?} {} {}", a, b, a.capacity(), b.capacity());
    let names = vec![String::from("x"), String::from("yy")];
    let (lens, owned): (Vec<usize>, Vec<String>) = names.into_iter().map(|s| (s.len(), s)).unzip();
    println!("{:?} {:?}", lens, owned);
    let (i, s): (Vec<usize>, Vec<&str>) = "p q r s t".split(' ').enumerate().unzip();
    println!("{:?} {:?} {}", i, s, i.capacity());
    let (x, y): (Vec<u8>, Vec<u64>) = (0..5u8).map(|k| (k, k as u64 * 10)).unzip();
    println!("{:?} {:?} {} {}", x, y, x.capacity(), y.capacity());
    let v = vec![(1, 2)];
    let (p, q): (Vec<&i32>, Vec<&i32>) = v.iter().map(|(a, b)| (a, b)).unzip();
    println!("{:?} {:?}", p, q);
    let w = vec![(1, 2), (3, 4)];
    let (c, d) = w.iter().copied().unzip::<i32, i32, Vec<i32>, Vec<i32>>();
    println!("{:?} {:?}", c, d);
}
