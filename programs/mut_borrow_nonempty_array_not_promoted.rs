// Only an empty array is promoted under `&mut`: `&mut [1]` is a temporary of the function.
fn one() -> &'static mut [i32] {
    &mut [1] //~ ERROR E0515
}

fn main() {
    println!("{}", one().len());
}
