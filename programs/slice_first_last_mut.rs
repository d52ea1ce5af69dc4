// `first_mut`/`last_mut` on vectors, arrays and slices; the result borrows the collection mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(x) = v.last_mut() { *x *= 10; }
    *v.first_mut().unwrap() += 100;
    let mut a = [String::from("a"), String::from("b")];
    a.last_mut().unwrap().push('!');
    let mut empty: Vec<i32> = Vec::new();
    if let Some(x) = v[1..].last_mut() { *x += 1; }
    println!("{:?} {:?} {:?}", v, a, empty.first_mut());
}
