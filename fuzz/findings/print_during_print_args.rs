struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
fn f0() -> u64 {
    let v9: Noisy = Noisy { id: 1 };
    15
}
fn main() {
    for i13 in 0..2u8 {
        println!("L11 {}", f0());
    }
}
