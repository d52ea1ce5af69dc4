// `-1 as u32`: the literal is a u32 (typed by the cast), and u32 has no negation: rustc's E0600
// (rustle printed 4294967295).
fn main() {
    let x = -1 as u32; //~ ERROR E0600
    println!("{}", x);
}
