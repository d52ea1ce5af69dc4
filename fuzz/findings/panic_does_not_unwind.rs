struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
fn main() {
    let v17: Noisy = Noisy { id: 1 };
    assert!(false, "check {}", 6);
}
