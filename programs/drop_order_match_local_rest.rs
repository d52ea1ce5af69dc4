// A match or if-let on an owning local whose pattern moves only some parts out, through nested
// patterns (`Some((l, _))`, `Shape::Pair((a, _))`), leaves the local owning the rest: it is dropped
// once, at the local's own scope end (or when the local is assigned anew), as rustc's drop elaboration
// does. rustle leaked what such patterns left.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
enum Shape {
    Pair((Noisy, Noisy)),
    Single(Noisy),
}
fn main() {
    let pair = Some((Noisy("left"), Noisy("right")));
    if let Some((l, _)) = pair {
        println!("took {}", l.0);
    }
    println!("after if let");
    let shape = Shape::Pair((Noisy("p0"), Noisy("p1")));
    match shape {
        Shape::Pair((a, _)) => println!("arm {}", a.0),
        Shape::Single(s) => println!("single {}", s.0),
    }
    println!("after match");
    let mut again: Result<(Noisy, Noisy), Noisy> = Ok((Noisy("ok0"), Noisy("ok1")));
    if let Ok((_, second)) = again {
        println!("second {}", second.0);
    }
    again = Err(Noisy("err"));
    println!("reassigned {}", again.is_err());
    println!("end of main");
}
