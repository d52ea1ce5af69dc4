// A non-ASCII character in a byte string literal is a lexer error in rustc's words.
fn main() {
    let a = b"café"; //~ ERROR non-ASCII character in byte string literal
    println!("{:?}", a);
}
