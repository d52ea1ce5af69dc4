// `?` in a closure whose error type nothing fixes: rustc cannot pick a `From` target, E0282 (rustle
// took the error type to be the operand's, or said E0277 when the closure's return type came later).
fn main() {
    let c = |s: &str| {
        let n: i32 = s.parse()?;
        Ok(n) //~ ERROR E0282
    };
    println!("{}", c("4").unwrap());
}
