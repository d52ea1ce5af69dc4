// Functions from C: rustle implements a few pure libc functions natively.
unsafe extern "C" {
    fn abs(input: i32) -> i32;
    safe fn labs(input: i64) -> i64;
    fn sqrt(x: f64) -> f64;
}

#[no_mangle]
pub extern "C" fn call_from_c() {
    println!("Just called a Rust function from C!");
}

unsafe trait Foo {
    fn id(&self) -> i32;
}

unsafe impl Foo for i32 {
    fn id(&self) -> i32 {
        *self
    }
}

fn main() {
    unsafe {
        println!("Absolute value of -3 according to C: {}", abs(-3));
        println!("{} {}", abs(i32::MIN + 1), sqrt(2.0));
    }
    println!("{}", labs(-40));
    call_from_c();
    println!("{}", 5i32.id());
}
