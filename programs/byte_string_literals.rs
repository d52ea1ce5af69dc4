// Byte string literals: b".." (escapes, a continued line, b"") and raw br"..", each a &'static [u8; N]
// living in static memory (were unsupported); byte literals b' ' beside them.
fn first_word(b: &[u8]) -> &[u8] {
    match b.iter().position(|&c| c == b' ') {
        Some(i) => &b[..i],
        None => b,
    }
}
fn main() {
    let greeting: &'static [u8; 11] = b"hello world";
    println!("{:?}", first_word(greeting));
    println!("{:?}", br"a\n" );
    println!("{:?} {}", b"\x41\t\\\"", b"".len());
    let long = b"one \
                 two";
    println!("{:?}", std::str::from_utf8(long));
    let arr = *b"xy";
    println!("{:?} {}", arr, greeting == b"hello world");
    println!("{}", String::from_utf8(b"caf\xc3\xa9".to_vec()).unwrap());
}
