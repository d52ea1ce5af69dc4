//@ run-pass
// A slice `&str` is a reference to part of a String's bytes: a pointer and a length. `first_word`
// returns a slice of its argument, so the result borrows from `s` (the elided lifetime links them).
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return &s[..i];
        }
    }
    &s[..]
}

fn main() {
    let s = String::from("hello world");
    let word = first_word(&s);
    println!("first word: {}", word);
    println!("length {} of {}", word.len(), s.len());

    let literal = "ownership rules";
    println!("first word: {}", first_word(literal));

    let a = [1, 2, 3, 4, 5];
    let middle = &a[1..3]; // slices work for arrays too
    println!("middle = {:?}", middle);
}
