//@ check-fail
// A primitive receiver taken by value (`x.checked_add(10)`, `x.pow(1)`) is a copy: rustc still knows x
// afterwards and rejects the overflow. One borrowed by the call (`w.to_string()`) is no longer known.
fn main() {
    let x: u8 = 250;
    let sum = x.checked_add(10);
    let p = x.pow(1);
    let y = x + 10; //~ ERROR this arithmetic operation will overflow
    let w: u8 = 250;
    let text = w.to_string();
    let z = w.wrapping_add(1);
    println!("{:?} {} {} {} {}", sum, p, y, text, z);
}
