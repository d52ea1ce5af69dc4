//@ check-fail
// A derived Debug is native in rustle, with no vtable entry: a `dyn Debug` of such a type is named as
// unsupported (it was a false E0277 saying the type does not implement Debug).
use std::fmt::Debug;
#[derive(Debug)]
struct Q(u8);
fn main() {
    let q = Q(1);
    let d: &dyn Debug = &q; //~ ERROR `dyn Debug` of a type whose `Debug` is derived or std's (`Q`) is not supported by rustle yet
    println!("{:?}", d);
}
