//@ check-fail
// `let` needs a pattern that always matches.
fn main() {
    let opt: Option<i32> = Some(3);
    let Some(x) = opt; //~ ERROR E0005
    let r: Result<u8, String> = Ok(1);
    let Ok(y) = r; //~ ERROR refutable pattern in local binding
    let (1, z) = (1, 2); //~ ERROR E0005
    println!("{} {} {}", x, y, z);
}
