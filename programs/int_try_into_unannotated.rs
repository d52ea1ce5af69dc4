// Nothing fixes try_into's target: rustc cannot choose a TryFrom impl (E0283).
use std::convert::TryInto;

fn main() {
    let x = 5i32.try_into().unwrap(); //~ ERROR E0283
    println!("{}", x);
}
