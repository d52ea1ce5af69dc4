struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
fn make(id: u32) -> Box<Noisy> {
    Box::new(Noisy { id })
}
fn main() {
    make(1);
    let _ = make(2);
    println!("after");
}
