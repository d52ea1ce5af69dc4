// str::replace's capacity: an ASCII byte for a byte is an exact copy, otherwise std starts from self.len()
// (or 0 when the pattern is longer than the replacement) and grows with each pushed piece.
fn main() {
    for (s, a, b) in [("a-b-c", "-", "+="), ("aaaa", "a", "bbb"), ("hello", "x", "y"), ("", "a", "b"), ("abc", "abc", ""), ("ab", "", "--"), ("one two three four", " ", "___")] {
        let r = s.replace(a, b);
        println!("{:?} {} {}", r, r.len(), r.capacity());
    }
    more();
    let r = "a.b.c".replace('.', "::"); println!("{} {}", r.len(), r.capacity());
}
fn more() {
    for (s, a, b) in [("a-b-c", "-", "+"), ("héllo wörld", "l", "L"), ("aXbXc", "X", ""), ("x", "x", "yy"), ("abcabc", "bc", "X")] {
        let r = s.replace(a, b);
        println!("{:?} {} {}", r, r.len(), r.capacity());
    }
}
