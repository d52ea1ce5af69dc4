// split by a char, chars or a closure runs backwards (rev), as std's double-ended searchers do;
// split_terminator from the back also drops an empty last piece (rev was unsupported).
fn main() {
    println!("{:?}", "a,b,,c".split(',').rev().collect::<Vec<_>>());
    println!("{:?}", "a1b22c".split(|c: char| c.is_ascii_digit()).rev().collect::<Vec<_>>());
    println!("{:?}", "x;y,z".split([';', ',']).rev().collect::<Vec<_>>());
    println!("{:?}", "a,b,".split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", "a,b,,".split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", ",".split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", "".split_terminator(',').rev().collect::<Vec<_>>());
    println!("{:?}", "".split(',').rev().collect::<Vec<_>>());
    println!("{:?}", "héé".split('é').rev().collect::<Vec<_>>());
    let mut it = "1 2 3 4".split(' ');
    println!("{:?} {:?}", it.next(), it.next());
    let last = "path/to/file.txt".split('/').rev().next();
    println!("{:?}", last);
    for (i, w) in "a b c".split(' ').rev().enumerate() { print!("{}{} ", i, w); }
    println!();
}
