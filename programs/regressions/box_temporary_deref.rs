// A Box returned by a call and dereferenced at once is a temporary: it is dropped at the end of the
// statement (it used to leak), and when its contents are moved out it is only freed (no second drop).
struct Noisy { id: u32 }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.id); }
}
fn make(id: u32) -> Box<Noisy> { Box::new(Noisy { id }) }
fn take(n: Noisy) -> u32 { println!("take {}", n.id); n.id }
fn main() {
    println!("{}", make(1).id);
    let x = make(2).id + 1;
    println!("{}", x);
    let l = (*make(3)).id;
    println!("{}", l);
    let n = *make(4);
    println!("got {}", n.id);
    let v: i64 = *Box::new(5);
    println!("{}", v);
    let k = take(*make(6));
    println!("{}", k);
    let s = *Box::new(String::from("hi"));
    println!("{}", s);
    let r = &*make(7);
    println!("r {}", r.id);
    println!("{}", (*make(8)).id);
    *make(9);
    println!("end");
}
