// A supertrait's methods called on Self in a default method (`trait Greeter: Named` calling
// self.name()) and on a generic T bounded by the subtrait: rustle said E0599 (it searched only the
// bound's own trait), a false error on a valid program.
use std::fmt::Display;
trait Named {
    fn name(&self) -> String;
    fn shout(&self) -> String {
        self.name().to_uppercase()
    }
}
trait Greeter: Named {
    fn greet(&self) -> String {
        format!("hello from {} / {}", self.name(), self.shout())
    }
}
trait Loud: Greeter + Display {
    fn loud(&self) -> String {
        format!("{}! [{}]", self.greet(), self)
    }
}
struct P(u8);
impl Named for P {
    fn name(&self) -> String {
        format!("p{}", self.0)
    }
}
impl Greeter for P {}
impl Loud for P {}
impl Display for P {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "P#{}", self.0)
    }
}
fn intro<T: Greeter>(t: &T) -> String {
    format!("{} ({})", t.greet(), t.name())
}
fn intro2<T>(t: &T) -> String
where
    T: Loud,
{
    format!("{} {}", t.shout(), t.loud())
}
fn main() {
    let p = P(4);
    println!("{}", intro(&p));
    println!("{}", intro2(&p));
    println!("{}", p.loud());
}
