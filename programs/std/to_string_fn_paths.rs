// T::to_string named as a function for any Display type (str::to_string, i32::to_string, ...): was a
// false E0599 (only ToString::to_string was known); capacities as std's.
fn main() {
    let v: Vec<String> = "abc,de".split(',').map(str::to_string).collect();
    for s in &v { println!("{} {}", s, s.capacity()); }
    let n: Vec<String> = [7i32, 1234].iter().map(i32::to_string).collect();
    for s in &n { println!("{} {}", s, s.capacity()); }
    let c: Vec<String> = ['x'].iter().map(char::to_string).collect();
    println!("{} {}", c[0], c[0].capacity());
}
