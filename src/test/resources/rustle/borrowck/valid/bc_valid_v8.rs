trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String { String::from("shape") }
    fn describe(&self) -> String { format!("{} {}", self.name(), self.area()) }
}
struct Sq { s: f64 }
impl Shape for Sq {
    fn area(&self) -> f64 { self.s * self.s }
}
trait Counter { fn inc(&mut self) -> u32; }
struct C { n: u32 }
impl Counter for C {
    fn inc(&mut self) -> u32 { self.n += 1; self.n }
}
fn total<T: Shape>(items: &[T]) -> f64 {
    let mut t = 0.0;
    for i in items { t += i.area(); }
    t
}
fn bump<T: Counter>(c: &mut T) -> u32 { c.inc(); c.inc() }
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &it in items { if it > best { best = it; } }
    best
}
fn pick<T>(a: T, b: T, first: bool) -> T { if first { a } else { b } }
#[derive(Debug, Clone, PartialEq)]
struct Pt { x: i32, y: i32 }
impl Pt {
    fn moved(&self, dx: i32) -> Pt { Pt { x: self.x + dx, ..self.clone() } }
    fn shift(&mut self, d: i32) -> &mut Pt { self.x += d; self }
}
fn main() {
    let shapes = vec![Sq { s: 1.0 }, Sq { s: 2.0 }];
    println!("{} {}", total(&shapes), shapes[0].describe());
    let mut c = C { n: 0 };
    let k = bump(&mut c);
    c.inc();
    println!("{} {}", k, largest(&[1, 5, 3]));
    let s1 = String::from("a");
    let s2 = String::from("b");
    let chosen = pick(s1, s2, true);
    println!("{}", chosen);
    let mut p = Pt { x: 1, y: 2 };
    let q = p.moved(3);
    p.shift(1).shift(2);
    let same = p == q;
    let r1 = &p;
    let r2 = &q;
    println!("{} {:?} {:?}", same, r1, r2);
    let pts = vec![p.clone(), q];
    let first = &pts[0];
    let copy = Pt { x: first.x, y: 0 };
    println!("{:?} {:?}", copy, pts);
}
