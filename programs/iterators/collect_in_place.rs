// Collecting a Vec's into_iter() back into a Vec reuses its buffer (same address) when the items
// keep their alignment and do not grow; a plain into_iter() keeps it unless more than half of it
// was already consumed.
fn report<T>(what: &str, before: usize, cap_before: usize, v: &Vec<T>) {
    println!("{:<24} same buffer {:<5} capacity {} -> {}, len {}", what, before == v.as_ptr() as usize,
        cap_before, v.capacity(), v.len());
}

struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    v.push(5);
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().map(|x| x * 2).collect();
    report("map", p, c, &w);
    let (p, c) = (w.as_ptr() as usize, w.capacity());
    let v: Vec<i32> = w.into_iter().collect();
    report("plain", p, c, &v);
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let mut it = v.into_iter();
    it.next();
    it.next();
    it.next();
    let w: Vec<i32> = it.collect();
    report("advanced 3 of 5, cap 6", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let mut it = v.into_iter();
    it.next();
    it.next();
    it.next();
    let w: Vec<i32> = it.collect();
    report("advanced 3 of 6", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let mut it = v.into_iter().map(|x| x + 1);
    it.next();
    it.next();
    it.next();
    it.next();
    let w: Vec<i32> = it.collect();
    report("map advanced 4 of 6", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().filter(|x| x % 2 == 0).skip(1).take(5).collect();
    report("filter skip take", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().filter_map(|x| if x > 2 { Some(x) } else { None }).collect();
    report("filter_map", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().skip_while(|x| *x < 3).take_while(|x| *x < 6).inspect(|_| {}).collect();
    report("skip_while take_while", p, c, &w);
    let v = vec![[1u64, 2, 3], [4, 5, 6], [7, 8, 9]];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<(usize, u64)> = v.into_iter().enumerate().map(|(i, a)| (i, a[0])).collect();
    report("enumerate 24 -> 16 bytes", p, c, &w);
    let v = vec![[1u64, 2, 3], [4, 5, 6]];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<(u64, u64)> = v.into_iter().zip(0..3u64).map(|(a, b)| (a[0], b)).collect();
    report("zip 24 -> 16 bytes", p, c, &w);
    let v = vec![(1u32, 2u32), (3, 4), (5, 6)];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<u32> = v.into_iter().map(|a| a.0).collect();
    report("(u32, u32) -> u32", p, c, &w);
    let v = vec![String::from("ab"), String::from("c"), String::from("d")];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<usize> = v.into_iter().map(|s| s.len()).collect();
    report("String -> usize", p, c, &w);
    let v = vec![1, 2, 3];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().filter(|_| false).collect();
    report("nothing passes", p, c, &w);
    // Not in place: a different alignment, a bigger item, or an adapter that is not InPlaceIterable.
    let v = vec![1i64, 2, 3];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().map(|x| x as i32).collect();
    report("i64 -> i32", p, c, &w);
    let v = vec![1i32, 2, 3];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i64> = v.into_iter().map(|x| x as i64).collect();
    report("i32 -> i64", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().rev().collect();
    report("rev", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().step_by(2).collect();
    report("step_by", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().chain(0..3).collect();
    report("chain", p, c, &w);
    let v = vec![1, 2, 3, 4, 5, 6];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<i32> = v.into_iter().peekable().collect();
    report("peekable", p, c, &w);
    // The items not taken are dropped; the kept ones live on in the same buffer.
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let (p, c) = (v.as_ptr() as usize, v.capacity());
    let w: Vec<Noisy> = v.into_iter().filter(|d| d.0 % 2 == 0).take(1).collect();
    report("filter take (Drop)", p, c, &w);
    drop(w);
    let v = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let w: Vec<String> = v.into_iter().step_by(2).collect();
    println!("{:?} capacity {}", w, w.capacity());
}
