// cycle needs a Clone iterator (IterMut is not) and eq needs items that compare with ==.
struct Point {
    x: i32,
}

fn mutable(v: &mut Vec<i32>) -> usize {
    let c = v.iter_mut().cycle(); //~ ERROR E0277
    drop(c);
    v.len()
}

fn main() {
    let mut v = vec![1, 2];
    let pts = [Point { x: 1 }];
    println!("{}", pts.iter().eq(pts.iter())); //~ ERROR E0277
    println!("{} {}", mutable(&mut v), pts[0].x);
}
