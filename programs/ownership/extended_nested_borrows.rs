struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let x = &&D(1);
    let y = &(&D(2), 3);
    println!("after {} {}", x.0, y.1);
    let z = &&&D(4);
    println!("z {}", z.0);
}
