//@ check-fail
// After `as`, rustc reads `<` and `<<` as the start of the cast type's generic arguments, so a cast
// compared or shifted without parentheses is a syntax error (rustc 1.95's wording).
fn main() {
    let x = 3i32;
    let y = 5usize;
    if x as usize < y { //~ ERROR `<` is interpreted as a start of generic arguments for `usize`, not a comparison
        println!("lt");
    }
    let z = x as usize << 2; //~ ERROR `<<` is interpreted as a start of generic arguments for `usize`, not a shift
    let ok = (x as usize) < y && x as usize > 1 && (x as u64) << 2 == 12;
    println!("{} {}", z, ok);
}
