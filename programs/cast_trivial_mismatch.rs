// A non-primitive cast to a different type is E0605, also when the operand's literal type only
// falls back to i32 at the end (rustc checks the cast then).
fn main() {
    let x = Ok(3);
    let y = x as Result<u8, ()>; //~ ERROR E0605
    let z = vec![1u8] as Vec<u16>; //~ ERROR E0605
    println!("{:?} {:?}", y, z);
}
