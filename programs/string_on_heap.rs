// A String is three words on the stack (capacity, pointer, length, in the order rustc 1.95 uses);
// its bytes live in a heap block.
fn main() {
    let s = String::from("hello");
    println!("on the stack: {} bytes", std::mem::size_of::<String>());
    println!("on the heap: {} bytes (len {}, capacity {})", s.len(), s.len(), s.capacity());
    let mut t = s;
    t.push_str(", world"); // @dump after push_str
    println!("{} (len {}, capacity {})", t, t.len(), t.capacity());
}
