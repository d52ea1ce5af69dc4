// Two i32 locals live side by side in main's stack frame: 4 bytes each, no heap involved.
fn main() {
    let x: i32 = 42;
    let y: i32 = 8; // @dump
    println!("x = {}, y = {}", x, y);
    println!("each takes {} bytes of the frame", std::mem::size_of::<i32>());
    println!("x + y = {}", x + y);
}
