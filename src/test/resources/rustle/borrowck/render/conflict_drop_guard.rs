struct Guard<'a> { r: &'a mut Vec<i32> }
impl<'a> Drop for Guard<'a> { fn drop(&mut self) { self.r.push(0); } }
struct Noisy { name: String }
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.name); } }
fn main() {
    let mut v = vec![1];
    {
        let g = Guard { r: &mut v };
        g.r.push(5);
    }
    v.push(1);
    let n = Noisy { name: String::from("a") };
    let m = n;
    let g2 = Guard { r: &mut v };
    drop(g2);
    v.push(2);
    let g3 = Guard { r: &mut v };
    v.push(3);
}
