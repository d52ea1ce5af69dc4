// split_whitespace, lines and char_indices run backwards (rev) as std's do, also after next
// (each was unsupported).
fn main() {
    println!("{:?}", "  a bb\tccc  ".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "   ".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "x\u{3000}y".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "héllo".char_indices().rev().collect::<Vec<_>>());
    println!("{:?}", "".char_indices().rev().collect::<Vec<_>>());
    for t in ["a\nb\n", "a\n\nb", "a\r\nb\r\n", "\n", "", "x\r", "a\n\n", "\r\n\r\n", "l1\nl2"] {
        let f: Vec<&str> = t.lines().collect();
        let b: Vec<&str> = t.lines().rev().collect();
        println!("{:?} {:?} {:?}", t, f, b);
    }
    let mut it = "w1 w2 w3 w4".split_whitespace();
    let first = it.next();
    let rest: Vec<&str> = it.rev().collect();
    println!("{:?} {:?}", first, rest);
    let mut ci = "abc".char_indices();
    ci.next();
    println!("{:?}", ci.rev().collect::<Vec<_>>());
    let last_line = "one\ntwo\nthree\n".lines().rev().next();
    println!("{:?}", last_line);
    let v: Vec<(usize, char)> = "añb".char_indices().rev().skip(1).collect();
    println!("{:?}", v);
}
