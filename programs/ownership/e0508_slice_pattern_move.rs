//@ check-fail
// A slice pattern cannot move a non-Copy element out of a slice: the slice is borrowed, not owned.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let s: &[String] = &v;
    match *s {
        [ref a, ..] => println!("{}", a),
        _ => {}
    }
    match *s { //~ ERROR E0508
        [a, ..] => println!("{}", a),
        _ => {}
    }
}
