// str::split_inclusive (was unsupported): each piece keeps the match that ends it, over any pattern.
fn main() {
    for t in ["a\nb\n", "a\nb", "", "\n", "\n\nx", "abc"] {
        println!("{:?} {:?}", t, t.split_inclusive('\n').collect::<Vec<_>>());
    }
    println!("{:?}", "one, two,three".split_inclusive(", ").collect::<Vec<_>>());
    println!("{:?}", "Mary had a lamb".split_inclusive(char::is_whitespace).collect::<Vec<_>>());
    println!("{:?}", "a1b22".split_inclusive(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{:?}", "x;y,z".split_inclusive([';', ',']).count());
    let total: usize = "ab\ncd\n".split_inclusive('\n').map(|l| l.len()).sum();
    println!("{}", total);
}
