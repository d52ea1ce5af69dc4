// After `let t = s;` the String's three words are copied into t; s is moved out and owns nothing.
fn main() {
    let s = String::from("moved");
    let t = s; // @dump after move
    println!("{}", t);
}
