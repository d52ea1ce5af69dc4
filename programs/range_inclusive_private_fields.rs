// RangeInclusive's fields are private in std: E0616 (its start() and end() are the way in).
fn main() {
    let ri = 1..=4;
    println!("{}", ri.start); //~ ERROR E0616
    println!("{}", ri.end); //~ ERROR E0616
}
