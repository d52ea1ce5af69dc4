struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = [D(1), D(2), D(3), D(4)];
    let mut it = a.into_iter();
    let first = it.next().unwrap();
    let last = it.next().unwrap();
    println!("got {} {} left {}", first.0, last.0, it.count());

    println!("after iter");
    let b = [10, 20, 30];
    let s: i32 = b.into_iter().rev().map(|x| x / 10).sum();
    println!("{} {:?}", s, b);
    let words = ["a", "bb", "ccc"];
    let v: Vec<usize> = words.into_iter().map(|w| w.len()).collect();
    println!("{:?}", v);
    let r = &b;
    let t: Vec<&i32> = r.into_iter().collect();
    println!("{:?}", t);
    for (i, d) in [D(7), D(8)].into_iter().enumerate() {
        println!("{} {}", i, d.0);
    }
    let z: Vec<(i32, char)> = [1, 2].into_iter().zip(['x', 'y']).collect();
    println!("{:?}", z);
    let mut e = [D(5), D(6)].into_iter();
    e.next();
    println!("end");
    more();
}
fn more() {
    let mut v = vec![1, 2, 3];
    for x in (&mut v).into_iter() {
        *x += 1;
    }
    let s: i32 = (&v).into_iter().sum();
    let sl: &[i32] = &v[1..];
    let c = sl.into_iter().count();
    let a = [5u8; 4];
    let m = (&a).into_iter().max();
    println!("{:?} {} {} {:?}", v, s, c, m);
}
