use std::fmt::Display;
trait Shout { fn shout(&self) -> String; }
impl<T: Display> Shout for T {
    fn shout(&self) -> String { format!("{}!", self) }
}
trait Twice { fn twice(&self) -> i64; }
impl Twice for i64 { fn twice(&self) -> i64 { *self * 2 } }
trait Half { fn half(self) -> f32; }
impl Half for f32 { fn half(self) -> f32 { self / 2.0 } }
trait Tag { fn tag(&self) -> String { String::from("tagged") } }
impl<T: Copy> Tag for T {}
fn main() {
    println!("{}", 42.shout());
    println!("{}", 1.5.shout());
    println!("{}", 21.twice());
    println!("{}", 3.0.half());
    println!("{}", 7.tag());
    let n = 9;
    println!("{}", n.shout());
}
