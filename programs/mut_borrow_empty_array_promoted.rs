// rustc promotes `&mut []` (an empty array has nothing to mutate) to a static: it can be returned
// as `&'static mut [T]` and outlives the statement that made it.
fn empty() -> &'static mut [i32] {
    &mut []
}

fn no_names() -> &'static mut [String] {
    &mut []
}

fn main() {
    let x: &mut [i32] = &mut [];
    println!("{}", x.len());
    let y = empty();
    println!("{} {:?}", y.len(), y);
    let mut slots: Vec<&mut [u8]> = Vec::new();
    for _ in 0..2 {
        slots.push(&mut []);
    }
    println!("{}", slots.len());
    let z: &'static mut [u8; 0] = &mut [0; 0];
    println!("{:?} {:?}", z, no_names());
}
