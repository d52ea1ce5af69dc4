#[derive(Debug)]
struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
fn main() {
    let v0 = Noisy { id: 2 };
    let _ = v0;
    {
        println!("L2 v0 = {:?}", v0);
    }
}
