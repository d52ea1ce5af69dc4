struct Up { i: u32, n: u32 }
impl Iterator for Up {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.i < self.n { self.i += 1; Some(self.i) } else { None }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = (self.n - self.i) as usize;
        (left, Some(left))
    }
}
struct Plain { i: u32 }
impl Iterator for Plain {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.i < 9 { self.i += 1; Some(self.i) } else { None }
    }
}
fn main() {
    let v: Vec<u32> = Up { i: 0, n: 9 }.collect();
    println!("{} {}", v.len(), v.capacity());
    let w: Vec<u32> = Plain { i: 0 }.collect();
    println!("{} {}", w.len(), w.capacity());
    let x: Vec<u32> = Up { i: 0, n: 20 }.filter(|x| x % 2 == 0).collect();
    println!("{} {}", x.len(), x.capacity());
    println!("{:?}", Up { i: 2, n: 5 }.size_hint());
}
