//@ run-fail
// Slicing a str checks its two ends: in bounds, in order, and on char boundaries; the panic names
// the string. A slice that succeeds reads only the bytes at its ends.
fn main() {
    let s = String::from("héllo wörld");
    let mut total = 0;
    for i in 0..1000 {
        let a = [0, 1, 3][i % 3];
        total += s[a..a].len() + s[..1].len() + s[3..7].len();
    }
    println!("{} {} {}", total, &s[0..1], &s[3..]);
    let cut = 2;
    println!("{}", &s[cut..]);
}
