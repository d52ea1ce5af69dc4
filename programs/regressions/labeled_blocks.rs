// Labeled blocks: break 'label value leaves the block with a value, its tail is the value otherwise; a unit
// labeled block; a labeled block inside a labeled loop. (A break whose value itself jumps used to end main silently.)
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn classify(n: i32) -> &'static str {
    let r = 'check: {
        if n < 0 { break 'check "negative"; }
        if n == 0 { break 'check "zero"; }
        "positive"
    };
    r
}
fn main() {
    for n in [-3, 0, 7] { println!("{} {}", n, classify(n)); }
    let s = String::from("moved");
    let len = 'b: {
        let _g = D("guard");
        if s.is_empty() { break 'b 0; }
        let t = s;
        t.len()
    };
    println!("len {}", len);
    'outer: for i in 0..3 {
        let x = 'inner: {
            if i == 1 { break 'inner 10; }
            if i == 2 { break 'outer; }
            i
        };
        println!("x {}", x);
    }
    'u: {
        println!("in unit block");
        if len > 2 { break 'u; }
        println!("not printed");
    }
    println!("end");
}
