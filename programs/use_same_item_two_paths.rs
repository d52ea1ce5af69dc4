// Two `use` declarations naming one item by different paths (`use super::Pt` inside a module,
// `use geometry::Pt` at the root) bring in the same item.
mod geometry {
    #[derive(Debug)]
    pub struct Pt { pub x: i32 }
    pub mod shapes {
        use super::Pt;
        use crate::geometry::Pt as P;
        pub fn origin() -> Pt { Pt { x: 0 } }
        pub fn one() -> P { P { x: 1 } }
    }
}
use geometry::Pt;
use geometry::shapes::{one, origin};
fn main() {
    let p: Pt = origin();
    println!("{:?} {:?} {:?}", p, one(), Pt { x: 2 });
}
