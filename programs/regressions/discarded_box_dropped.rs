// Values discarded by an expression statement are dropped at once; a Box (held as a pointer) was
// never dropped: its Drop did not run and its block leaked.
struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
enum Shape { Boxed(Box<Noisy>), Plain(u32) }
struct Holder { n: Noisy }
impl Holder {
    fn boxed(&self, id: u32) -> Box<Noisy> { Box::new(Noisy { id: self.n.id + id }) }
}
fn make(id: u32) -> Box<Noisy> {
    Box::new(Noisy { id })
}
fn pair(a: u32, b: u32) -> (Box<Noisy>, Box<Noisy>) { (make(a), make(b)) }
fn maybe(id: u32) -> Option<Box<Noisy>> { Some(make(id)) }
fn nested(id: u32) -> Box<Box<Noisy>> { Box::new(make(id)) }
fn main() {
    make(1);
    println!("after 1");
    Box::new(Noisy { id: 2 });
    println!("after 2");
    vec![make(3), make(4)];
    println!("after 3");
    pair(5, 6);
    println!("after 5");
    maybe(7);
    println!("after 7");
    Shape::Boxed(make(8));
    Shape::Plain(9);
    println!("after 8");
    nested(10);
    println!("after 10");
    let h = Holder { n: Noisy { id: 100 } };
    h.boxed(1);
    println!("after 101");
    let b = make(11);
    b;
    println!("after 11");
    let s = String::from("x");
    s;
    if true { make(12) } else { make(13) };
    println!("after 12");
    { make(14) };
    println!("after 14");
    let c = || make(15);
    c();
    println!("after 15");
    let _ = make(16);
    println!("after 16");
    for i in 17..19 { make(i); }
    println!("end");
}
