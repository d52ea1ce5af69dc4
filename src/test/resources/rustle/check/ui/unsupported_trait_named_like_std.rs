//@ check-fail
// rustle knows traits by name: a user trait named like std's would take its place in formatting (this
// program printed "A" where rustc reports E0277), so it is named as unsupported.
trait Display { //~ ERROR a trait named like std's `Display` is not supported by rustle yet
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result;
}
struct A;
impl Display for A {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "A")
    }
}
fn main() {
    let _ = A;
}
