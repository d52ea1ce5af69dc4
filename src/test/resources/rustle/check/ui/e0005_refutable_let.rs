//@ check-fail
// `let` needs a pattern that always matches.
fn main() {
    let opt: Option<i32> = Some(3);
    let Some(x) = opt; //~ ERROR E0005
    let r: Result<u8, String> = Ok(1);
    let Ok(y) = r; //~ ERROR refutable pattern in local binding
    let (1, z) = (1, 2); //~ ERROR patterns `(i32::MIN..=0_i32, _)` and `(2_i32..=i32::MAX, _)` not covered
    println!("{} {} {}", x, y, z);
}
