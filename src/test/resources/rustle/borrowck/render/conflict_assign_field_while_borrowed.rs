struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let r = &p;
    p.x = 5;
    println!("{}", r.y);
}
