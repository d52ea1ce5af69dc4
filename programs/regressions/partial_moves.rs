struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
#[derive(Debug)]
struct Cfg { name: String, tag: String, n: u32 }
fn make() -> Cfg { Cfg { name: String::from("mk"), tag: String::from("t"), n: 9 } }
fn main() {
    let pair = (String::from("first"), String::from("second"));
    let (_, b) = pair;
    println!("{}", b);
    println!("{}", pair.0);
    let c = Cfg { name: String::from("z"), ..make() };
    println!("{:?}", c);
    let base = Cfg { name: String::from("b"), tag: String::from("bt"), n: 1 };
    let c2 = Cfg { n: 5, ..base };
    println!("{:?}", c2);
    let c3 = Cfg { tag: String::from("x"), ..c2 };
    println!("{} {}", c3.tag, c2.tag);
    let bx = Box::new(D("boxed"));
    let inner = *bx;
    println!("moved {}", inner.0);
    let bb = Box::new((D("p"), 5));
    let (d, n) = *bb;
    println!("{} {}", d.0, n);
    let mut trip = (D("t0"), D("t1"), 3);
    let (ref mut x, _, ref y) = trip;
    x.0 = "t0'";
    println!("{}", y);
    trip.2 += 1;
    println!("end {}", trip.2);
}
