//@ run-fail
// String::insert and String::remove edit the UTF-8 buffer in place; Vec::remove of a scalar element.
fn main() {
    let mut s = String::from("héllo");
    s.insert(1, 'x');
    s.insert(0, 'ß');
    s.insert(s.len(), '!');
    println!("{} len {}", s, s.len());
    let c = s.remove(2);
    let d = s.remove(0);
    println!("{} {} {} len {}", c, d, s, s.len());
    let mut v = vec![10i32, -20, 30, 40];
    let x = v.remove(1);
    let y = v.swap_remove(0);
    println!("{} {} {:?}", x, y, v);
    let mut f = vec![1.5f64, 2.5];
    let z = f.remove(0) + 1.0;
    println!("{} {:?}", z, f);
    let mut t = String::from("é");
    t.remove(1);
}
