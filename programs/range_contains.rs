// Range::contains / is_empty on every range kind (std's RangeBounds::contains): rustle reported a false
// E0599 for `(0..=100).contains(&n)`, a common test in real code.
fn main() {
    let n = 42;
    println!("{} {}", (0..=100).contains(&n), (0..42).contains(&n));
    let r = 1.5..2.5;
    println!("{} {}", r.contains(&2.0), r.contains(&2.5));
    println!("{} {}", ('a'..='z').contains(&'q'), (10..).contains(&n));
    println!("{} {}", (..5).contains(&n), (..=42).contains(&n));
    println!("{} {}", (5..1).is_empty(), (1..=1).is_empty());
    let age: u8 = 30;
    match age { a if (18..65).contains(&a) => println!("adult"), _ => println!("other") }
}
