// One trait implemented for two instances of a generic type: `W::show(&x)` and `W::make()` are
// chosen by the argument's or the expected type's arguments.
#[derive(Debug)]
struct W<T>(T);

trait Show {
    fn show(&self) -> String;
    fn make() -> Self;
}

impl Show for W<i32> {
    fn show(&self) -> String { format!("int {}", self.0) }
    fn make() -> Self { W(7) }
}

impl Show for W<bool> {
    fn show(&self) -> String { format!("bool {}", self.0) }
    fn make() -> Self { W(true) }
}

fn main() {
    let a = W(3);
    let b = W(false);
    println!("{} / {}", W::show(&a), W::show(&b));
    let c: W<bool> = W::make();
    let d: W<i32> = W::make();
    println!("{:?} {:?} {}", c, d, W::<i32>::make().show());
}
