struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn compute() -> i32 { println!("computing"); 42 }
fn mk(i: i32) -> D { println!("mk {}", i); D(i) }
fn main() {
    println!("result: {}", compute());
    println!("two: {} {}", compute(), compute());
    println!("d: {}", mk(1).0);
    println!("disp: {} {}", mk(2).0, mk(4).0);
    print!("a{}", compute());
    println!();
    let s = format!("f{}", compute());
    println!("{}", s);
    println!("nested {}", format!("<{}>", mk(3).0));
}
