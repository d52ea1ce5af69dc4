// A derived Default of an enum needs a #[default] variant: E0665, reported at the enum's name (rustc
// points at the derive, for which rustle keeps no span); rustle said E0599 at the call.
#[derive(Default)]
enum NoMarked { //~ ERROR E0665
    A,
    B,
}
fn main() {
    let _n = NoMarked::default();
}
