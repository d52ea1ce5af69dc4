// Moving a field out of a Box local (`let a = bx.a;`, through the box's implicit deref) leaves the
// box owning the other fields: its drop drops them and frees the box, and the moved field is dropped
// once, by its new owner (rustle dropped it twice), also when the box is assigned a new value.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct P { a: D, b: D, n: i32 }
fn main() {
    let bx = Box::new(P { a: D("a"), b: D("b"), n: 1 });
    let a = bx.a;
    println!("moved a {} n {}", a.0, bx.n);
    let t = Box::new((D("t0"), D("t1")));
    let t1 = t.1;
    println!("t1 {}", t1.0);
    let full = Box::new(P { a: D("fa"), b: D("fb"), n: 2 });
    println!("full {}", full.n);
    let mut re = Box::new(P { a: D("ra"), b: D("rb"), n: 3 });
    let ra = re.a;
    re = Box::new(P { a: D("ra2"), b: D("rb2"), n: 4 });
    println!("re {} {}", ra.0, re.n);
}
