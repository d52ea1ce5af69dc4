// `Err(e)?` with nothing to fix its success type: rustc's fallback makes it `()`, and the function
// returns the error early (rustle crashed on the unknown type). A trait function whose Self the
// context gives still runs.
fn fail(flag: bool) -> Result<i32, String> {
    if flag {
        Err(format!("failed {}", 1))?;
    }
    let nothing = Err("kept".to_string())?;
    println!("unreachable {:?}", nothing);
    Ok(2)
}

fn main() {
    println!("{:?}", fail(true));
    println!("{:?}", fail(false));
    let d: i32 = Default::default();
    let s: String = Default::default();
    println!("{} {:?}", d, s);
}
