// Names that do not resolve: rustc reports these before (and instead of) any type error.

fn main() {
    let pair = (left, right);
    //~^ ERROR cannot find value `left` in this scope
    //~| ERROR cannot find value `right` in this scope
    let n = count; //~ ERROR E0425
}
