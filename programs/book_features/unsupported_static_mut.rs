static mut COUNTER: u32 = 0; //~ ERROR not supported by rustle

fn main() {
    println!("hi");
}
