// An impl that leaves out a trait's required associated const: E0046, naming the const.
trait Limit {
    const MAX: u32;
    const MIN: u32 = 0;
}

struct Byte;

impl Limit for Byte {} //~ ERROR E0046

fn main() {
    println!("{}", Byte::MIN);
}
