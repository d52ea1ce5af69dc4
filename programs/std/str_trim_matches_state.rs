// trim_start_matches/trim_end_matches/trim_matches call the pattern in place, so a closure that keeps
// state of its own (a `move` counter) sees every call, as in std (the prelude passed a fresh copy to each
// strip and trimmed everything).
fn main() {
    let mut k = 0;
    let t = "aaaaa".trim_start_matches(move |c: char| {
        k += 1;
        c == 'a' && k <= 2
    });
    println!("{:?}", t);
    let mut seen = 0;
    let u = "xxhixx".trim_matches(|c: char| {
        seen += 1;
        c == 'x'
    });
    println!("{:?} {}", u, seen);
    println!("{:?} {:?}", "ababc".trim_start_matches("ab"), "cabab".trim_end_matches("ab"));
    println!("{:?} {:?}", "abc".trim_start_matches(""), "  x  ".trim_matches(' '));
    println!("{:?}", "((a))".trim_matches(['(', ')']));
    println!("{:?}", "123abc456".trim_end_matches(char::is_numeric));
}
