//@ check-fail
// A pattern on an array must fit its length; a slice pattern needs an array or a slice.
fn main() {
    let a = [1, 2, 3];
    let [p] = a; //~ ERROR E0527
    let b = [1];
    let [x, y] = b; //~ ERROR pattern requires 2 elements but array has 1
    let [u, v, ..] = b; //~ ERROR E0528
    let t = (1, 2);
    let [m, n] = t; //~ ERROR E0529
    if let [_, _] = a {} //~ ERROR E0527
}
