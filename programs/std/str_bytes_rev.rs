// bytes() runs backwards (rev, rposition) and has len, as std's Bytes (rev was an internal error:
// "not double-ended").
fn main() {
    println!("{:?}", "abc".bytes().rev().collect::<Vec<u8>>());
    let mut b = "héllo".bytes();
    b.next();
    println!("{:?}", b.rev().map(|x| x as char).collect::<String>());
    println!("{:?}", "".bytes().rev().next());
    println!("{:?}", "xyz".bytes().rev().enumerate().collect::<Vec<_>>());
    println!("{:?}", "a1b2".bytes().rposition(|b| b.is_ascii_digit()));
    println!("{}", "level".bytes().eq("level".bytes().rev()));
    let mut b = "héllo".bytes();
    b.next();
    println!("{}", b.len());
}
