// A match arm's body and its guard are temporary scopes: their temporaries are dropped when they are
// done, before the arm's bindings; the scrutinee's temporaries live to the end of the statement.
struct D(&'static str, i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {} {}", self.0, self.1);
    }
}
impl D {
    fn get(&self) -> i32 {
        self.1
    }
}
fn id(x: i32) -> i32 {
    x
}
fn pick(i: i32) -> Option<D> {
    if i == 4 { None } else { Some(D("item", i)) }
}
fn main() {
    let mut total = 0;
    for i in 0..6 {
        let x = match pick(i) {
            Some(d) => id(match d.1 {
                1 => continue,
                3 => break,
                v => v * 10,
            }) + D("temp", i).1,
            None => continue,
        };
        total += x;
        println!("round {} x {}", i, x);
    }
    println!("total {}", total);
    for i in 0..3 {
        match D("scrutinee", i).get() {
            n if n == D("guard", n).get() && n > 0 => println!("arm one {}", D("body", n).get()),
            n => println!("arm two {}", n + D("other", n).get()),
        }
        println!("after {}", i);
    }
    let o = Some(D("held", 9));
    let r = match &o {
        Some(d) => d.get() + D("ref arm", 1).get(),
        None => 0,
    };
    println!("r {}", r);
}
