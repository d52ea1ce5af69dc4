// A generic `F: Fn(..) -> R` / `FnMut` passed to an iterator adapter or consumer: each instance calls
// the closure or function it was given.
fn apply<I: Iterator<Item = i32>, F: Fn(i32) -> i32>(it: I, f: F) -> Vec<i32> {
    it.map(f).collect()
}

fn keep<F: FnMut(&u32) -> bool>(v: Vec<u32>, f: F) -> usize {
    v.into_iter().filter(f).count()
}

fn each<T, F: FnMut(T)>(it: impl Iterator<Item = T>, f: F) {
    it.for_each(f)
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("{:?}", apply(1..4, |x| x * x));
    println!("{:?}", apply(vec![5, 6].into_iter(), double));
    let k = 2;
    println!("{}", keep(vec![1, 2, 3], |x| *x >= k));
    let mut n = 0;
    each(0..5, |x| n += x);
    println!("{}", n);
}
