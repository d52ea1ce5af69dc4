// One unknown field and one unmentioned field in a struct pattern are one misspelling: rustc reports
// E0026 alone; with more fields unmentioned it adds E0027.
struct P { x: i32, y: i32 }
struct Q { a: i32, b: i32, c: i32 }
fn main() {
    let P { x, z } = P { x: 1, y: 2 }; //~ ERROR E0026
    let Q { a, d } = Q { a: 1, b: 2, c: 3 }; //~ ERROR E0026
    //~^ ERROR E0027
    println!("{} {}", x, a);
}
