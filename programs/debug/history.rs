// A short loop stepped through with a history of only four steps.
fn main() {
    let mut n = 0;
    for i in 0..3 {
        n += i;
    }
    println!("n = {}", n);
}
