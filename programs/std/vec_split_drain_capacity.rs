// Vec's split_off, append, resize, shrink_to, drain, extend_from_slice, reserve_exact and
// into_boxed_slice: the elements moved and std 1.95's capacities (split_off allocates exactly the tail).
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(10); v.extend([1,2,3]);
    let o = v.split_off(0); println!("{} {} {} {}", v.len(), v.capacity(), o.len(), o.capacity());
    let mut v: Vec<i32> = vec![1, 2, 3, 4];
    let o = v.split_off(1); println!("{:?} {:?} {} {}", v, o, v.capacity(), o.capacity());
    let mut a = vec![1]; let mut b = Vec::with_capacity(9); b.push(2); a.append(&mut b); println!("{:?} {} {} {}", a, a.capacity(), b.len(), b.capacity());
    let mut c = vec![1, 2, 3]; c.resize(4, 0); println!("{:?} {}", c, c.capacity());
    c.resize(1, 0); println!("{:?} {}", c, c.capacity());
    let mut c = vec![1, 2, 3, 4, 5, 6]; c.shrink_to(2); println!("{}", c.capacity());
    c.truncate(1); c.shrink_to(3); println!("{}", c.capacity());
    let b: Box<[i32]> = Vec::with_capacity(5).into_boxed_slice(); println!("{}", b.len());
    let b2 = vec![1, 2, 3].into_boxed_slice(); println!("{:?}", b2);
    let mut d: Vec<i32> = (0..10).collect();
    let dr: Vec<i32> = d.drain(2..5).collect(); println!("{:?} {:?} {} {}", dr, d, dr.capacity(), d.capacity());
    for x in d.drain(..=1) { print!("{} ", x); } println!("{:?}", d);
    d.drain(3..); println!("{:?}", d);
    let mut e = vec![D(1), D(2), D(3), D(4)];
    { let mut it = e.drain(1..3); let x = it.next(); println!("got {}", x.map(|d| d.0).unwrap_or(0)); }
    println!("after {}", e.len());
    let mut f = vec![String::from("a")]; f.extend_from_slice(&[String::from("b"), String::from("c")]); println!("{:?} {}", f, f.capacity());
    let mut g: Vec<u8> = Vec::new(); g.reserve_exact(3); println!("{}", g.capacity());
    let mut s = vec![String::from("x")]; s.resize(3, String::from("y")); println!("{:?}", s);
}
