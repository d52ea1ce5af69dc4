// std's str methods take any Pattern: a closure or fn item on chars, or chars in an array or slice,
// as well as a char or a string (each was named unsupported, or was an internal error when run).
fn main() {
    let text = "one, two;three  4 five";
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    println!("{:?}", words);
    let parts: Vec<&str> = text.split(char::is_whitespace).collect();
    println!("{:?}", parts);
    println!("{:?} {:?}", text.find(|c: char| c.is_ascii_digit()), text.rfind(char::is_numeric));
    println!("{:?}", "007bond700".trim_matches(|c: char| c == '0' || c == '7'));
    println!("{:?} {:?}", "xxhixx".trim_start_matches(['x']), "xxhixx".trim_end_matches(&['x', 'i'][..]));
    println!("{} {} {}", text.starts_with(char::is_alphabetic), text.ends_with(|c: char| c == 'e'), text.contains(['4', '9']));
    let digits: Vec<&str> = "a1b22c333".matches(|c: char| c.is_ascii_digit()).collect();
    println!("{:?}", digits);
    println!("{:?}", "a1b22c".match_indices(char::is_alphabetic).collect::<Vec<_>>());
    let seps = [',', ';'];
    let v: Vec<&str> = "a,b;c".split(seps).collect();
    let w: Vec<&str> = "a,b;c".rsplitn(2, &seps).collect();
    println!("{:?} {:?}", v, w);
    let v: Vec<&str> = "k1=v1;k2=v2;".split_terminator(';').collect();
    println!("{:?}", v);
    let v: Vec<&str> = "1+2-3".splitn(2, |c| c == '+' || c == '-').collect();
    println!("{:?}", v);
    let v: Vec<&str> = "1+2-3".rsplit(['+', '-']).collect();
    println!("{:?}", v);
    println!("{:?} {:?}", "key = value".split_once(|c: char| c == '='), "a.b.c".rsplit_once(['.']));
    println!("{:?} {:?}", "Hello".strip_prefix(char::is_uppercase), "Hello".strip_suffix(|c| c == 'o'));
    // A closure that counts the chars it was asked about: FnMut, called once per char.
    let mut asked = 0;
    let v: Vec<&str> = "a b c".split(|c: char| {
        asked += 1;
        c == ' '
    }).collect();
    println!("{:?} {}", v, asked);
    // replace with a char test starts from an empty String (capacity grows by pushes).
    let r = "héllo wörld".replace(|c: char| !c.is_ascii(), "?");
    println!("{} {}", r, r.capacity());
    let r = "a-b-c".replace(['-', 'b'], "");
    println!("{} {}", r, r.capacity());
    // The empty string matches at every char boundary.
    let v: Vec<&str> = "abc".split("").collect();
    println!("{:?}", v);
}
