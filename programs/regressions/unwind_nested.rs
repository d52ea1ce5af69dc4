//@ run-fail
// A panic deep in a call chain: every frame drops its live values, innermost first, including
// a loop's owned iterator, match-arm bindings, temporaries and boxed and vector contents.
struct Guard(String);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn level3(n: u32) -> u32 {
    let _g = Guard(format!("level3 n={}", n));
    let v: Vec<u32> = vec![1, 2, 3];
    let total: u32 = v.iter().sum();
    if n == 2 {
        let d: u32 = n - 2;
        return total / d;
    }
    total
}
fn level2(items: Vec<Guard>) -> u32 {
    let mut sum = 0;
    for (i, g) in items.into_iter().enumerate() {
        println!("visit {}", g.0);
        sum += level3(i as u32);
    }
    sum
}
fn level1() -> u32 {
    let _boxed = Box::new(Guard(String::from("boxed in level1")));
    let opt = Some(Guard(String::from("matched")));
    match opt {
        Some(m) => {
            let items = vec![Guard(String::from("a")), Guard(String::from("b")), Guard(String::from("c")), Guard(String::from("d"))];
            println!("holding {}", m.0);
            level2(items)
        }
        None => 0,
    }
}
fn main() {
    let _main = Guard(String::from("main"));
    let r = level1();
    println!("unreachable {}", r);
}
