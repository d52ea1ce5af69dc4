//@ check-fail
// std's Display impls are native in rustle, with no vtable: a `dyn Display` of a std type is named as
// unsupported (it was a false E0277 saying String does not implement Display).
use std::fmt::Display;
fn main() {
    let s = String::from("a");
    let _d: &dyn Display = &s; //~ ERROR `dyn Display` of a std type (`String`) is not supported by rustle yet
}
