// A Vec cloned before its element type is known, which turns out not to be Clone: rustc's E0277 at
// the clone, once the type is known.
struct Token;
fn main() {
    let mut src = Vec::new();
    let c = src.clone(); //~ ERROR E0277
    src.push(Token);
    println!("{} {}", src.len(), c.len());
}
