// Slice and Vec methods written in rustle's prelude: rotate_left/rotate_right, starts_with/ends_with
// of slices, Vec::dedup_by/dedup_by_key, Option::flatten (each was reported unsupported).
#[derive(Debug)]
struct Loud(u8);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut v: Vec<i32> = (1..=7).collect();
    v.rotate_left(3);
    println!("{:?}", v);
    v.rotate_right(1);
    println!("{:?}", v);
    let mut a = [1, 2, 3];
    a.rotate_left(0);
    a.rotate_right(3);
    println!("{:?}", a);
    let mut m = vec![10, 11, 20, 21, 22, 30, 10];
    m.dedup_by_key(|x| *x / 10);
    println!("{:?}", m);
    let mut w = vec!["a", "A", "b", "B", "b", "c"];
    w.dedup_by(|x, y| x.eq_ignore_ascii_case(y));
    println!("{:?}", w);
    let mut s: Vec<String> = vec!["x".into(), "xy".into(), "z".into()];
    s.dedup_by_key(|t| t.len());
    println!("{:?}", s);
    let mut l = vec![Loud(1), Loud(1), Loud(2)];
    l.dedup_by_key(|x| x.0);
    println!("{:?}", l);
    println!("{} {} {}", v.starts_with(&[3, 4]), v.ends_with(&[1, 2]), [1, 2].starts_with(&[]));
    println!("{}", [1].ends_with(&[1, 1]));
    let nested: Option<Option<i32>> = Some(Some(3));
    let n2: Option<Option<i32>> = Some(None);
    println!("{:?} {:?} {:?}", nested.flatten(), n2.flatten(), None::<Option<u8>>.flatten());
}
