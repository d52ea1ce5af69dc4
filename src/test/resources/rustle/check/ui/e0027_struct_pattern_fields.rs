//@ check-fail
// A struct pattern without `..` names every field (E0027); a tuple-variant pattern with the wrong
// number of fields is E0023 and its bindings are still declared (no E0425 for their uses).
struct Point { x: i32, y: i32, z: i32 }
enum Shape { Rect { w: u32, h: u32 }, Move(i32, i32) }

fn main() {
    let p = Point { x: 1, y: 2, z: 3 };
    let Point { x } = p; //~ ERROR pattern does not mention fields `y`, `z`
    let Point { y, .. } = p;
    let s = Shape::Rect { w: 1, h: 2 };
    match s {
        Shape::Rect { w } => println!("{} {} {}", x, y, w), //~ ERROR E0027
        Shape::Move(a) => println!("{}", a), //~ ERROR this pattern has 1 field, but the corresponding tuple variant has 2 fields
    }
}
