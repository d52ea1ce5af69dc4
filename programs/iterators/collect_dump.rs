// After collect() each buffer is as big as rustc makes it, so every heap address after it is too:
// d gets exactly 2 i32s (TrustedLen), g 4 (first item, then max(4, 0 + 1)), s 8 bytes, and w
// reuses v's buffer (in-place collect).
fn main() {
    let v = vec![4, 4];
    let d: Vec<i32> = v.iter().map(|x| x * 2).collect();
    let g: Vec<i32> = (0..5).filter(|x| x % 2 == 0).collect();
    let s: String = "abc".chars().rev().collect();
    let p = v.as_ptr() as usize;
    let w: Vec<i32> = v.into_iter().map(|x| x + 1).collect(); // @dump
    println!("{:?} {} {:?} {} {:?} {}", d, d.capacity(), g, g.capacity(), s, s.capacity());
    println!("{:?} {} same buffer {}", w, w.capacity(), p == w.as_ptr() as usize);
}
