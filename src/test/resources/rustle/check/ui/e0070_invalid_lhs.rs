//@ check-fail
// Only places can be assigned: not a constant, not a literal.
const LIMIT: i32 = 5;

fn main() {
    LIMIT = 6; //~ ERROR E0070
    1 = 2; //~ ERROR invalid left-hand side of assignment
    println!("{}", LIMIT);
}
